package org.embargomonitor.seizures.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;

/** What a photo's EXIF says: when and where it was taken, and with which camera. */
public record PhotoMetadata(OffsetDateTime takenAt, Double latitude, Double longitude, String camera) {

    public static final PhotoMetadata NONE = new PhotoMetadata(null, null, null, null);

    /** Reads the EXIF of an image file; a photo without EXIF, or one it cannot read, gives {@link #NONE}. */
    public static PhotoMetadata read(Path image) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(image.toFile());
            OffsetDateTime takenAt = null;
            ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
            if (exif != null) {
                Date original = exif.getDateOriginal(TimeZone.getTimeZone(ZoneOffset.UTC));
                takenAt = original == null ? null : original.toInstant().atOffset(ZoneOffset.UTC);
            }
            Double latitude = null;
            Double longitude = null;
            GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
            GeoLocation location = gps == null ? null : gps.getGeoLocation();
            if (location != null && !location.isZero()) {
                latitude = location.getLatitude();
                longitude = location.getLongitude();
            }
            ExifIFD0Directory camera = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            String cameraName = camera == null ? null : join(camera.getString(ExifIFD0Directory.TAG_MAKE),
                    camera.getString(ExifIFD0Directory.TAG_MODEL));
            return new PhotoMetadata(takenAt, latitude, longitude, cameraName);
        } catch (ImageProcessingException | IOException unreadable) {
            return NONE;
        }
    }

    private static String join(String make, String model) {
        String joined = ((make == null ? "" : make.strip()) + " " + (model == null ? "" : model.strip())).strip();
        return joined.isEmpty() ? null : joined;
    }
}
