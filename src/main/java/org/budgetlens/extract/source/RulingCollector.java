package org.budgetlens.extract.source;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects a page's rulings: stroked lines and rectangles, and filled rectangles (a thin one is a line, a wider one a
 * filled cell whose edges rule it). Curves, clipping paths and images draw no ruling. Coordinates are turned to the
 * page's visible box with the origin at the top left, as the characters' are.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

    /** A filled rectangle thinner than this (points) is a line. */
    private static final float THIN = 2.5f;
    /** Each RGB component above this is white. */
    private static final float WHITE = 0.95f;
    /** Along its other axis a ruling may be this much off straight (points). */
    private static final float STRAIGHT = 1.0f;

    private final PDRectangle box;
    private final int rotation;
    private final List<float[]> lines = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private final List<float[]> filled = new ArrayList<>();
    private Point2D current;
    private Point2D subpathStart;
    private int images;

    RulingCollector(PDPage page) {
        super(page);
        this.box = page.getCropBox();
        this.rotation = ((page.getRotation() % 360) + 360) % 360;
    }

    /** More ruling pieces than this on a page (hatching, dotted lines): its tables are not read, and it is said. */
    static final int MAX_SEGMENTS = 20_000;

    List<Segment> collect() throws IOException {
        processPage(getPage());
        return segments;
    }

    /** Images drawn on the page (a scanned page is one image and no text). */
    int images() {
        return images;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        PdfSource.stopIfCancelled();
        rectangles.add(new float[] {x(p0), y(p0), x(p2), y(p2)});
        current = p0;
        subpathStart = p0;
    }

    /** Text draws no ruling: its glyphs are not even decoded here (the characters come from the other pass). */
    @Override
    protected void showText(byte[] string) {
        // nothing: skipping text saves decoding every font a second time
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
    }

    @Override
    public void clip(int windingRule) {
        // a clipping path is not drawn; endPath() discards it
    }

    @Override
    public void moveTo(float x, float y) {
        PdfSource.stopIfCancelled();
        current = new Point2D.Float(x, y);
        subpathStart = current;
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D next = new Point2D.Float(x, y);
        if (current != null) {
            lines.add(new float[] {x(current), y(current), x(next), y(next)});
        }
        current = next;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current == null ? new Point2D.Float() : current;
    }

    @Override
    public void closePath() {
        if (current != null && subpathStart != null) {
            lineTo((float) subpathStart.getX(), (float) subpathStart.getY());
        }
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        if (!invisible(getGraphicsState().getStrokingColor())) {
            addOutline(lines, rectangles);
        }
        clear();
    }

    private void addOutline(List<float[]> pathLines, List<float[]> pathRectangles) {
        for (float[] l : pathLines) {
            add(l[0], l[1], l[2], l[3]);
        }
        for (float[] r : pathRectangles) {
            edges(r);
        }
    }

    @Override
    public void fillPath(int windingRule) {
        if (invisible(getGraphicsState().getNonStrokingColor())) {
            clear();
            return;
        }
        for (float[] r : rectangles) {
            fillRectangle(r);
        }
        // a rectangle drawn as a closed path of four lines is filled like one
        if (rectangles.isEmpty() && lines.size() >= 3 && lines.size() <= 5) {
            float x0 = Float.MAX_VALUE;
            float y0 = Float.MAX_VALUE;
            float x1 = -Float.MAX_VALUE;
            float y1 = -Float.MAX_VALUE;
            boolean straight = true;
            for (float[] l : lines) {
                straight &= Math.abs(l[0] - l[2]) <= STRAIGHT || Math.abs(l[1] - l[3]) <= STRAIGHT;
                x0 = Math.min(x0, Math.min(l[0], l[2]));
                x1 = Math.max(x1, Math.max(l[0], l[2]));
                y0 = Math.min(y0, Math.min(l[1], l[3]));
                y1 = Math.max(y1, Math.max(l[1], l[3]));
            }
            if (straight) {
                fillRectangle(new float[] {x0, y0, x1, y1});
            }
        }
        clear();
    }

    /** A cell filled (white, say) and outlined: the outline rules it when its colour is seen, whatever the fill. */
    @Override
    public void fillAndStrokePath(int windingRule) {
        boolean outline = !invisible(getGraphicsState().getStrokingColor());
        List<float[]> keptLines = new ArrayList<>(lines);
        List<float[]> keptRectangles = new ArrayList<>(rectangles);
        fillPath(windingRule); // clears the path
        if (outline) {
            addOutline(keptLines, keptRectangles);
        }
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // a shading paints an area, not a ruling
    }

    /** White (or near white) paint on a white page rules nothing a reader sees. */
    private static boolean invisible(PDColor color) {
        try {
            float[] rgb = color.getColorSpace().toRGB(color.getComponents());
            return rgb.length == 3 && rgb[0] > WHITE && rgb[1] > WHITE && rgb[2] > WHITE;
        } catch (IOException | RuntimeException e) {
            return false; // a colour that cannot be told is drawn
        }
    }

    private void fillRectangle(float[] r) {
        float w = Math.abs(r[2] - r[0]);
        float h = Math.abs(r[3] - r[1]);
        if (w * h >= box.getWidth() * box.getHeight() * 0.8f) {
            return; // the page's background
        }
        if (h <= THIN && w > THIN) {
            float y = (r[1] + r[3]) / 2;
            add(r[0], y, r[2], y);
        } else if (w <= THIN && h > THIN) {
            float x = (r[0] + r[2]) / 2;
            add(x, r[1], x, r[3]);
        } else if (w > THIN && h > THIN) {
            filled.add(r);
            edges(r);
        }
    }

    private void edges(float[] r) {
        add(r[0], r[1], r[2], r[1]);
        add(r[0], r[3], r[2], r[3]);
        add(r[0], r[1], r[0], r[3]);
        add(r[2], r[1], r[2], r[3]);
    }

    private void add(float x1, float y1, float x2, float y2) {
        if (segments.size() > MAX_SEGMENTS) {
            return;
        }
        Segment s = Segment.of(x1, y1, x2, y2, STRAIGHT);
        if (s != null && s.length() > 0.5f) {
            segments.add(s);
        }
    }

    private void clear() {
        lines.clear();
        rectangles.clear();
        current = null;
        subpathStart = null;
    }

    /** Device x to the x on the page as displayed (its rotation applied), from the visible box's left. */
    private float x(Point2D p) {
        float u = (float) p.getX() - box.getLowerLeftX();
        float v = (float) p.getY() - box.getLowerLeftY();
        return switch (rotation) {
            case 90 -> v;
            case 180 -> box.getWidth() - u;
            case 270 -> box.getHeight() - v;
            default -> u;
        };
    }

    /** Device y to the y on the page as displayed, from its top. */
    private float y(Point2D p) {
        float u = (float) p.getX() - box.getLowerLeftX();
        float v = (float) p.getY() - box.getLowerLeftY();
        return switch (rotation) {
            case 90 -> u;
            case 180 -> v;
            case 270 -> box.getWidth() - u;
            default -> box.getHeight() - v;
        };
    }
}
