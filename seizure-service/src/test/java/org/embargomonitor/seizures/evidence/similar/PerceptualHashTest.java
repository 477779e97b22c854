package org.embargomonitor.seizures.evidence.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.seizures.evidence.similar.RealPhotos.croppedCentre;
import static org.embargomonitor.seizures.evidence.similar.RealPhotos.croppedToCorner;
import static org.embargomonitor.seizures.evidence.similar.RealPhotos.decoded;
import static org.embargomonitor.seizures.evidence.similar.RealPhotos.jpeg;
import static org.embargomonitor.seizures.evidence.similar.RealPhotos.resized;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The perceptual hash on real photographs of headstamps and the variants a passed-on photo goes through. */
class PerceptualHashTest {

    private static final int THRESHOLD = 12;
    private static final List<BufferedImage> PICTURES = RealPhotos.fromGuide();

    @Test
    void shouldFindAPhotoAgainWhenItWasResizedRecompressedOrCropped() {
        for (BufferedImage photo : PICTURES) {
            long[] original = PerceptualHash.variants(photo);
            Map<String, BufferedImage> variants = new LinkedHashMap<>();
            variants.put("half size", resized(photo, 0.5));
            variants.put("JPEG at quality 0.4", decoded(jpeg(photo, 0.4f)));
            variants.put("quarter size, JPEG at 0.5", decoded(jpeg(resized(photo, 0.25), 0.5f)));
            variants.put("3 % cut off each side", croppedCentre(photo, 0.03));
            variants.put("8 % cut off each side", croppedCentre(photo, 0.08));
            variants.put("12 % cut off each side", croppedCentre(photo, 0.12));
            variants.put("10 % cut off the right and bottom", croppedToCorner(photo, 0.10));
            variants.forEach((name, variant) -> assertThat(PerceptualHash.distance(original, PerceptualHash.variants(variant)))
                    .as(name + " of a " + photo.getWidth() + " x " + photo.getHeight() + " photo").isLessThanOrEqualTo(THRESHOLD));
        }
    }

    @Test
    void shouldKeepDifferentPicturesApartThoughTheyShowTheSameKindOfObject() {
        assertThat(PICTURES).hasSizeGreaterThanOrEqualTo(4);
        for (int i = 0; i < PICTURES.size(); i++) {
            for (int j = i + 1; j < PICTURES.size(); j++) {
                assertThat(PerceptualHash.distance(PerceptualHash.variants(PICTURES.get(i)), PerceptualHash.variants(PICTURES.get(j))))
                        .as("picture " + i + " and picture " + j).isGreaterThan(THRESHOLD);
            }
        }
    }

    @Test
    void shouldCountTheBitsThatDiffer() {
        assertThat(PerceptualHash.distance(0L, 0L)).isZero();
        assertThat(PerceptualHash.distance(0L, -1L)).isEqualTo(64);
        assertThat(PerceptualHash.distance(0b1011L, 0b0001L)).isEqualTo(2);
    }
}
