package vn.ntm.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ntm.security.Role;
import vn.ntm.support.Api;
import vn.ntm.support.Images;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.Multipart;
import vn.ntm.support.TestAccounts;

/**
 * Photos are stored without what the file says about place, time and device, and only when they
 * decode as the image they claim to be (JPEG, PNG, WebP), within the pixel limit.
 */
@IntegrationTest
class PhotoUploadTest {

    static final String DEVICE = "NTMTestPhone";

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    Map<String, String> officer;
    long feature;

    @BeforeEach
    void officerOfTheCommune() {
        officer = accounts.bearer(Role.COMMUNE_OFFICER, "14", List.of("03679"));
        feature = jdbc.sql("""
                SELECT i.id FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id
                WHERE c.code = '03679' AND c.valid_to IS NULL ORDER BY i.id LIMIT 1""").query(Long.class).single();
    }

    @Test
    void aJpegLosesItsExifGpsXmpCommentsAndTrailingData() throws IOException {
        byte[] jpeg = jpegWithMetadata(48, 32);
        assertThat(contains(jpeg, DEVICE)).as("the test photo carries the device name").isTrue();

        byte[] stored = uploadAndReadBack("field.jpg", "image/jpeg", jpeg);

        for (String metadata : List.of("Exif", DEVICE, "GPSLatitude", "Chụp tại", "TRAILER")) {
            assertThat(contains(stored, metadata)).as(metadata).isFalse();
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(image.getWidth()).isEqualTo(48);
        assertThat(image.getHeight()).isEqualTo(32);
    }

    @Test
    void aPngLosesItsTextChunks() throws IOException {
        byte[] png = Images.png(30, 20);
        byte[] tagged = insertAt(png, 33, pngChunk("tEXt", "Comment\0" + DEVICE + " 21.0285N 105.8542E"));

        byte[] stored = uploadAndReadBack("field.png", "image/png", tagged);

        assertThat(stored).isEqualTo(png);
        assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(30);
    }

    /** A WebP made with cwebp and webpmux: 24×16, with an EXIF chunk naming the device and XMP with GPS. */
    @Test
    void aRealWebpIsDecodedAndLosesItsExifAndXmp() throws IOException {
        byte[] webp;
        try (InputStream in = getClass().getResourceAsStream("with-metadata.webp")) {
            webp = in.readAllBytes();
        }
        assertThat(contains(webp, DEVICE) && contains(webp, "GPSLatitude")).isTrue();

        byte[] stored = uploadAndReadBack("field.webp", "image/webp", webp);

        assertThat(contains(stored, DEVICE)).isFalse();
        assertThat(contains(stored, "GPSLatitude")).isFalse();
        assertThat(ByteBuffer.wrap(stored, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt()).isEqualTo(stored.length - 8);
        assertThat(stored[20] & 0x0C).as("VP8X no longer announces EXIF or XMP").isZero();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(image.getWidth()).isEqualTo(24);
        assertThat(image.getHeight()).isEqualTo(16);
    }

    @Test
    void hostileWebpFilesAreRefused() {
        ByteBuffer huge = ByteBuffer.allocate(45).order(ByteOrder.LITTLE_ENDIAN);
        huge.put(ascii("RIFF")).putInt(37).put(ascii("WEBPVP8X")).putInt(10).putInt(0)
                .put(new byte[] {(byte) 0xFF, 0x3F, 0, (byte) 0xFF, 0x3F, 0})
                .put(ascii("VP8L")).putInt(7).put((byte) 0x2F).putInt(0xFFFFFFF);
        byte[] html = ascii("RIFF....WEBP<html><body><script>alert(1)</script></body></html>");
        byte[] htmlSized = html.clone();
        ByteBuffer.wrap(htmlSized).order(ByteOrder.LITTLE_ENDIAN).putInt(4, htmlSized.length - 8);
        int before = inspections();

        for (byte[] hostile : List.of(huge.array(), html, htmlSized)) {
            Api.Response refused = api.post("/api/infrastructure/" + feature + "/inspections", inspection()
                    .file("photo", "x.webp", "image/webp", hostile), officer);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
            assertThat(refused.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("photo");
        }
        assertThat(inspections()).isEqualTo(before);
    }

    /** Headers that promise a small image are not enough: the image data must decode. */
    @Test
    void imagesWhoseDataDoesNotDecodeAreRefused() {
        byte[] png = Images.png(30, 20);
        byte[] brokenPng = png.clone();
        int idat = new String(png, StandardCharsets.ISO_8859_1).indexOf("IDAT") + 4;
        Arrays.fill(brokenPng, idat, idat + 8, (byte) 0xFF);
        byte[] jpeg = jpegWithMetadata(48, 32);
        int end = new String(jpeg, StandardCharsets.ISO_8859_1).indexOf("TRAILER");
        byte[] truncatedJpeg = Arrays.copyOf(jpeg, end - 40);
        int before = inspections();

        for (byte[] broken : List.of(brokenPng, truncatedJpeg)) {
            Api.Response refused = api.post("/api/infrastructure/" + feature + "/inspections", inspection()
                    .file("photo", "x.img", "application/octet-stream", broken), officer);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("photo");
        }
        assertThat(inspections()).isEqualTo(before);
    }

    private byte[] uploadAndReadBack(String name, String type, byte[] photo) {
        Api.Response created = api.post("/api/infrastructure/" + feature + "/inspections",
                inspection().file("photo", name, type, photo), officer);
        assertThat(created.status()).isEqualTo(201);
        Api.Response stored = api.send("GET", "/api/inspections/" + created.json().get("id").asLong() + "/photo",
                null, officer);
        assertThat(stored.contentType()).isEqualTo(type);
        return stored.bytes();
    }

    private static Multipart inspection() {
        return new Multipart().field("inspectedOn", "2026-11-25").field("note", "Ảnh hiện trường");
    }

    private int inspections() {
        return jdbc.sql("SELECT count(*) FROM inspection").query(Integer.class).single();
    }

    /**
     * A JPEG as a phone writes it: an EXIF APP1 segment (camera make, GPS latitude), an XMP APP1
     * segment with GPS, a comment, and bytes after the end of the image.
     */
    static byte[] jpegWithMetadata(int width, int height) {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg", plain);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ByteBuffer tiff = ByteBuffer.allocate(106).order(ByteOrder.BIG_ENDIAN);
        tiff.put(ascii("MM")).putShort((short) 42).putInt(8)
                .putShort((short) 2)
                .putShort((short) 0x010F).putShort((short) 2).putInt(DEVICE.length() + 1).putInt(38)
                .putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(52)
                .putInt(0)
                .put(ascii(DEVICE + "\0")).put((byte) 0)
                .putShort((short) 2)
                .putShort((short) 1).putShort((short) 2).putInt(2).put(ascii("N\0\0\0"))
                .putShort((short) 2).putShort((short) 5).putInt(3).putInt(82)
                .putInt(0)
                .putInt(21).putInt(1).putInt(1).putInt(1).putInt(42).putInt(1);
        byte[] exif = concat(ascii("Exif\0\0"), tiff.array());
        byte[] xmp = concat(ascii("http://ns.adobe.com/xap/1.0/\0"),
                ascii("<x:xmpmeta><rdf:Description exif:GPSLatitude=\"21,1.7N\"/></x:xmpmeta>"));
        byte[] segments = concat(segment(0xE1, exif), segment(0xE1, xmp),
                segment(0xFE, "Chụp tại xã".getBytes(StandardCharsets.UTF_8)));
        return concat(insertAt(plain.toByteArray(), 2, segments), ascii("TRAILER with more Exif"));
    }

    private static byte[] segment(int marker, byte[] data) {
        return ByteBuffer.allocate(data.length + 4).put((byte) 0xFF).put((byte) marker)
                .putShort((short) (data.length + 2)).put(data).array();
    }

    private static byte[] pngChunk(String type, String text) {
        byte[] typeAndData = concat(ascii(type), text.getBytes(StandardCharsets.ISO_8859_1));
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        return ByteBuffer.allocate(typeAndData.length + 8).putInt(typeAndData.length - 4).put(typeAndData)
                .putInt((int) crc.getValue()).array();
    }

    private static byte[] insertAt(byte[] bytes, int at, byte[] inserted) {
        return concat(Arrays.copyOfRange(bytes, 0, at), inserted,
                Arrays.copyOfRange(bytes, at, bytes.length));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1)
                .contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }
}
