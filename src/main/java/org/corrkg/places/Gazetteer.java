package org.corrkg.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

import org.corrkg.bundle.Bundle;

/**
 * Coordinates by GeoNames id, from the gazetteer the project ships
 * ({@code gazetteer/geonames-cities1000.tsv.gz}: GeoNames' cities1000, CC BY 4.0; see the
 * README beside it): one line per place, its id, latitude and longitude, sorted by id. The
 * file is read the first time a place is looked up, not before (a server that never draws a
 * map never reads it), into three arrays of whole numbers: 135,000 places in 1.6 MB.
 */
public final class Gazetteer {

    /** The gazetteer bundled with corrkg. */
    public static final String BUNDLED = "gazetteer/geonames-cities1000.tsv.gz";

    /** A point in WGS84 decimal degrees. */
    public record Point(double lat, double lon) {}

    /** The table, as ids and coordinates in hundred-thousandths of a degree, in the order of the ids. */
    private record Table(int[] ids, int[] lats, int[] lons) {}

    private final Supplier<InputStream> file;
    private volatile Table table;

    private Gazetteer(Supplier<InputStream> file) {
        this.file = file;
    }

    /** The bundled gazetteer, read on first use. */
    public static Gazetteer bundled() {
        return new Gazetteer(() -> {
            try {
                return Bundle.open(BUNDLED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The coordinates of the place with this GeoNames id, if the gazetteer has it. */
    public Optional<Point> lookup(long geonamesId) {
        Table t = table();
        if (geonamesId <= 0 || geonamesId > Integer.MAX_VALUE)
            return Optional.empty();
        int i = Arrays.binarySearch(t.ids(), (int) geonamesId);
        return i < 0 ? Optional.empty() : Optional.of(new Point(t.lats()[i] / 1e5, t.lons()[i] / 1e5));
    }

    /** How many places it knows. */
    public int size() {
        return table().ids().length;
    }

    private Table table() {
        Table t = table;
        if (t == null) {
            synchronized (this) {
                if (table == null)
                    table = read();
                t = table;
            }
        }
        return t;
    }

    private Table read() {
        int[] ids = new int[150_000], lats = new int[150_000], lons = new int[150_000];
        int n = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(file.get()), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty())
                    continue;
                String[] f = line.split("\t", -1);
                if (n == ids.length) {
                    ids = Arrays.copyOf(ids, 2 * n);
                    lats = Arrays.copyOf(lats, 2 * n);
                    lons = Arrays.copyOf(lons, 2 * n);
                }
                ids[n] = Integer.parseInt(f[0]);
                lats[n] = degrees(f[1]);
                lons[n] = degrees(f[2]);
                if (n > 0 && ids[n] <= ids[n - 1])
                    throw new IllegalStateException(BUNDLED + ": ids not in ascending order at " + ids[n]);
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the gazetteer " + BUNDLED, e);
        }
        return new Table(Arrays.copyOf(ids, n), Arrays.copyOf(lats, n), Arrays.copyOf(lons, n));
    }

    /** Decimal degrees with at most 5 decimals, in hundred-thousandths, exactly. */
    private static int degrees(String text) {
        return new java.math.BigDecimal(text).movePointRight(5).intValueExact();
    }
}
