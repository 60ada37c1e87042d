package vn.ntm.photos;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.ntm.common.InvalidParameterException;

/**
 * Checks an untrusted photo upload by its content, not its name or declared type: the bytes must
 * start like a JPEG, PNG or WebP, fit the size limit, and (JPEG/PNG) have a readable header whose
 * dimensions fit the pixel limit, read without decoding the image.
 */
@Component
public class PhotoValidator {

    private final PhotoProperties limits;

    PhotoValidator(PhotoProperties limits) {
        this.limits = limits;
    }

    /** The photo, or null when none was sent. */
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
        if (!type.equals("image/webp")) {
            checkDimensions(parameter, bytes);
        }
        return new Photo(type, bytes);
    }

    private void checkDimensions(String parameter, byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidParameterException(parameter, "is not a readable image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > limits.maxPixels()) {
                    throw new InvalidParameterException(parameter, "has more than " + limits.maxPixels() + " pixels");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new InvalidParameterException(parameter, "is not a readable image");
        }
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
