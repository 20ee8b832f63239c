package se.varna.common.document.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * A horizontal bar chart drawn as a PNG (Java2D), for the figures of an exported document: one
 * line per label, its bar and its figure. The picture is for sighted readers; its figures are in
 * the figure's text alternative and in the table after it ({@link XhtmlDocument#figure}). A
 * value that is null (a figure the disclosure control suppressed) has no bar and reads "dold".
 * Deterministic: the same figures give the same bytes.
 */
final class BarChart {

    /** Drawn at twice the size it is shown (about 160 mm wide), so it prints sharply. */
    private static final int WIDTH = 1600;
    private static final int ROW = 44;
    private static final int PAD = 12;
    private static final Color BAR = new Color(0x2a, 0x61, 0x99);
    private static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);
    private static final Font FONT = font();

    private BarChart() {
    }

    static byte[] png(List<String> labels, List<Double> values) {
        int height = PAD * 2 + ROW * labels.size();
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setFont(FONT);
            FontMetrics metrics = g.getFontMetrics();
            int labelWidth = WIDTH * 36 / 100;
            int barStart = labelWidth + PAD;
            int barSpace = WIDTH - barStart - 180;
            double max = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
            for (int i = 0; i < labels.size(); i++) {
                int top = PAD + i * ROW;
                int baseline = top + (ROW + metrics.getAscent() - metrics.getDescent()) / 2;
                g.setColor(TEXT);
                g.drawString(fit(labels.get(i), metrics, labelWidth), 0, baseline);
                Double v = values.get(i);
                int bar = v == null || max <= 0 ? 0 : (int) Math.round(Math.max(v, 0) / max * barSpace);
                g.setColor(BAR);
                g.fillRect(barStart, top + ROW / 5, Math.max(bar, v == null ? 0 : 2), ROW * 3 / 5);
                g.setColor(TEXT);
                g.drawString(v == null ? "dold" : XhtmlDocument.number(v), barStart + bar + PAD, baseline);
            }
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The label, cut with "…" when it is wider than the label column (the table has it whole). */
    private static String fit(String label, FontMetrics metrics, int width) {
        if (metrics.stringWidth(label) <= width - PAD) {
            return label;
        }
        String cut = label;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width - PAD) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static Font font() {
        try (InputStream in = BarChart.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /fonts/DejaVuSans.ttf");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(26f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
