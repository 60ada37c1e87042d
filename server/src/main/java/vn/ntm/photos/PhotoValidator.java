package vn.ntm.photos;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.ntm.common.InvalidParameterException;

/**
 * Checks an untrusted photo upload by its content, not its name or declared type: the bytes must
 * start like a JPEG, PNG or WebP, fit the size limit, have dimensions within the pixel limit (read
 * from the header first) and decode as that kind of image. The photo kept has its metadata removed
 * ({@link PhotoMetadata}): a report's position is the one the user gave, not the camera's.
 */
@Component
public class PhotoValidator {

    /** The whole image is decoded to check it, but only about this many of its pixels are kept in memory. */
    static final long DECODED_PIXELS = 1_000_000;

    private final PhotoProperties limits;

    PhotoValidator(PhotoProperties limits) {
        this.limits = limits;
    }

    /** The photo without its metadata, or null when none was sent. */
    public Photo check(String parameter, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > limits.maxSize().toBytes()) {
            throw new InvalidParameterException(parameter, "is larger than " + limits.maxSize().toMegabytes() + " MB");
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new InvalidParameterException(parameter, "could not be read");
        }
        String type = typeOf(bytes);
        if (type == null) {
            throw new InvalidParameterException(parameter, "must be a JPEG, PNG or WebP image");
        }
        byte[] stripped;
        try {
            stripped = PhotoMetadata.strip(type, bytes);
        } catch (IllegalArgumentException e) {
            throw unreadable(parameter, type);
        }
        decode(parameter, type, stripped);
        return new Photo(type, stripped);
    }

    private void decode(String parameter, String type, byte[] bytes) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > limits.maxPixels()) {
                throw new InvalidParameterException(parameter, "has more than " + limits.maxPixels() + " pixels");
            }
            int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) pixels / DECODED_PIXELS)));
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            reader.read(0, param);
        } catch (InvalidParameterException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unreadable(parameter, type);
        } finally {
            reader.dispose();
        }
    }

    private static InvalidParameterException unreadable(String parameter, String type) {
        return new InvalidParameterException(parameter, "is not a readable " + type.substring("image/".length())
                .toUpperCase() + " image");
    }

    private static String typeOf(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }
}
