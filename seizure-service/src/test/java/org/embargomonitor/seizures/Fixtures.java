package org.embargomonitor.seizures;

import static io.restassured.RestAssured.given;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests and bodies the seizure tests share. */
public final class Fixtures {

    public static final String PROBLEM_JSON = "application/problem+json";

    private Fixtures() {
    }

    public static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user)).contentType(ContentType.JSON).log().ifValidationFails();
    }

    public static String newReference() {
        return "TEST-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> seizure(String reference, String country) {
        return new HashMap<>(Map.of(
                "reference", reference,
                "reportingUnit", "Joint Task Force Bangui",
                "occurredAt", "2026-03-14T09:30:00+01:00",
                "countryCode", country,
                "adminArea", "Haute-Kotto",
                "placeName", "Bria",
                "latitude", 6.5423,
                "longitude", 21.9862,
                "circumstance", "SEIZED",
                "narrative", "Patrol found a cache of AK-pattern rifles and 7.62x39 mm rounds."));
    }

    public static Map<String, Object> seizureWithItems(String reference, String country) {
        Map<String, Object> body = seizure(reference, country);
        body.put("possessor", Map.of("kind", "ARMED_GROUP", "description", "3R fighters"));
        body.put("peopleInvolved", Map.of("men", 3, "boys", 1));
        body.put("items", new ArrayList<>(List.of(rifle("KT 1O4523"), rounds("10 71", "LOT-0I5"))));
        return body;
    }

    public static Map<String, Object> rifle(String serial) {
        return new HashMap<>(Map.of("category", "ASSAULT_RIFLE", "make", "Kalashnikov pattern", "model", "AKM",
                "calibre", "7.62x39mm", "serialNumber", serial, "quantity", 1, "countryOfManufacture", "BGR",
                "yearOfManufacture", 1971, "markingState", "PARTLY_OBLITERATED"));
    }

    public static Map<String, Object> rounds(String headstamp, String lot) {
        return new HashMap<>(Map.of("category", "AMMUNITION", "calibre", "7.62x39mm", "headstamp", headstamp,
                "lotNumber", lot, "quantity", 1200, "markingState", "INTACT"));
    }

    public static String record(DemoUser user, Map<String, Object> body) {
        return as(user).body(body).post("/api/seizures").then().statusCode(201).extract().path("id");
    }

    /** A small JPEG with EXIF: taken 14 March 2026 09:30 with a Canon, at these coordinates if given. */
    public static byte[] jpegWithExif(double[] latitudeLongitude) throws Exception {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, (int) (Math.random() * 0xFFFFFF));
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", plain);
        TiffOutputSet exif = new TiffOutputSet();
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "Canon");
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MODEL, "EOS 2000D");
        exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, "2026:03:14 09:30:00");
        if (latitudeLongitude != null) {
            exif.setGpsInDegrees(latitudeLongitude[1], latitudeLongitude[0]);
        }
        ByteArrayOutputStream withExif = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), withExif, exif);
        return withExif.toByteArray();
    }
}
