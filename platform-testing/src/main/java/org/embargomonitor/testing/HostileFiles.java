package org.embargomonitor.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Files made to hurt a parser, built from real ones: Office files whose XML unpacks to hundreds of megabytes or
 * declares external entities, an image that claims billions of pixels, an executable that is also a JPEG.
 */
public final class HostileFiles {

    private static final int MEGABYTE = 1 << 20;

    private HostileFiles() {
    }

    /**
     * The Office file (DOCX, XLSX: a zip) with one entry replaced by XML that starts with {@code head}, then holds
     * {@code megabytes} of spaces, then ends with {@code tail}: a few hundred kilobytes that unpack a thousand times larger.
     */
    public static byte[] zipBomb(byte[] office, String entry, String head, String tail, int megabytes) {
        return replacing(office, entry, out -> {
            out.write(head.getBytes(UTF_8));
            byte[] spaces = " ".repeat(MEGABYTE).getBytes(UTF_8);
            for (int i = 0; i < megabytes; i++) {
                out.write(spaces);
            }
            out.write(tail.getBytes(UTF_8));
        });
    }

    /** The Office file with one entry replaced by this XML (for a DOCTYPE with external entities, say). */
    public static byte[] withEntry(byte[] office, String entry, String xml) {
        return replacing(office, entry, out -> out.write(xml.getBytes(UTF_8)));
    }

    /** An external entity reading /etc/passwd, declared before the given root element; use {@code &x;} inside it. */
    public static String externalEntityDoctype(String rootElement) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE " + rootElement + " [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>";
    }

    /** A valid PNG that declares {@code width} x {@code height} pixels and holds a few bytes of them. */
    public static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1024]);
        deflater.finish();
        byte[] compressed = new byte[1024];
        int length = deflater.deflate(compressed);
        deflater.end();
        chunk(png, "IDAT", Arrays.copyOf(compressed, length));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** A Windows executable's first bytes followed by a JPEG: an .exe that a careless reader would call a photo. */
    public static byte[] executableThenJpeg(byte[] jpeg) {
        ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
        polyglot.writeBytes(executableHeader());
        polyglot.writeBytes(jpeg);
        return polyglot.toByteArray();
    }

    /** A JPEG with a Windows executable's first bytes appended: a photo that also carries an .exe. */
    public static byte[] jpegThenExecutable(byte[] jpeg) {
        ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
        polyglot.writeBytes(jpeg);
        polyglot.writeBytes(executableHeader());
        return polyglot.toByteArray();
    }

    /** The DOS header pointing at a PE header, as an .exe starts. */
    private static byte[] executableHeader() {
        byte[] header = new byte[134];
        header[0] = 'M';
        header[1] = 'Z';
        header[0x3c] = (byte) 0x40;
        System.arraycopy(new byte[] { 'P', 'E', 0, 0, 0x4c, 0x01 }, 0, header, 128, 6);
        return header;
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(UTF_8);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private interface Content {
        void writeTo(ZipOutputStream out) throws IOException;
    }

    private static byte[] replacing(byte[] zip, String replaced, Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            boolean found = false;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(replaced)) {
                    content.writeTo(out);
                    found = true;
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            if (!found) {
                throw new IllegalArgumentException("the file has no entry " + replaced);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
