package org.corrkg.server;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.corrkg.Excerpt;
import org.corrkg.places.Gazetteer;

/**
 * Coordinates from the offline gazetteer for the places a map shows:
 * {@code /browse/places?geonames=287286,112931} answers
 * {@code {"places": {"287286": [23.58413, 58.40778], ...}}} (latitude, longitude) for each
 * GeoNames id the gazetteer knows; an id it does not know is left out. The page asks only for
 * the places in its view, so the gazetteer itself never leaves the server. Ids that are not
 * whole numbers, or more than {@value #MAX_IDS} of them, are {@code {"error": ...}} with status 400.
 */
final class BrowsePlaces extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int MAX_IDS = 5_000;

    private final transient Gazetteer gazetteer;

    BrowsePlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String list = req.getParameter("geonames");
        String[] ids = list == null || list.isBlank() ? new String[0] : list.split(",", -1);
        if (ids.length > MAX_IDS) {
            error(resp, "geonames: at most " + MAX_IDS + " ids at once, not " + ids.length);
            return;
        }
        JsonObject places = new JsonObject();
        for (String id : ids) {
            if (!id.matches("[1-9][0-9]{0,9}")) {
                error(resp, "geonames: GeoNames ids (whole numbers) separated by commas, not '" + Excerpt.of(id) + "'");
                return;
            }
            gazetteer.lookup(Long.parseLong(id)).ifPresent(p -> {
                JsonArray point = new JsonArray();
                point.add(JsonNumber.value(p.lat()));
                point.add(JsonNumber.value(p.lon()));
                places.put(id, point);
            });
        }
        JsonObject json = new JsonObject();
        json.put("places", places);
        JsonText.send(resp, HttpServletResponse.SC_OK, json);
    }

    private static void error(HttpServletResponse resp, String message) throws IOException {
        JsonObject json = new JsonObject();
        json.put("error", message);
        JsonText.send(resp, HttpServletResponse.SC_BAD_REQUEST, json);
    }
}
