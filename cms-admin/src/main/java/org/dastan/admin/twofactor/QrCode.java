package org.dastan.admin.twofactor;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code drawn as one SVG path of unit squares, made on the server so that the secret
 * goes to no other site.
 *
 * @param size the side in modules, quiet zone included
 * @param path the path's {@code d} attribute
 */
public record QrCode(int size, String path) {

	static QrCode of(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
			StringBuilder path = new StringBuilder();
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (matrix.get(x, y)) {
						path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
					}
				}
			}
			return new QrCode(matrix.getWidth(), path.toString());
		}
		catch (WriterException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String viewBox() {
		return "0 0 " + this.size + " " + this.size;
	}

}
