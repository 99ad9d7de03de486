package org.corrkg.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.apache.jena.atlas.web.HttpException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a store's error page becomes in corrkg's one line, by the page the store sends. */
class RemoteFailureTest {

    static final String ENDPOINT = "http://127.0.0.1:1/ds/sparql";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Jetty's HTML page  | <html><head><title>Error 404 Not Found</title></head><body><h2>HTTP ERROR 404 Not Found</h2><table><tr><th>URI:</th><td>/ds/sparql?query=SELECT</td></tr></table></body></html> | The store at http://127.0.0.1:1/ds/sparql answered 404: Not Found
            Jetty's plain text | HTTP ERROR 404 Not Found\\nURI: /ds/sparql?query=SELECT\\nSTATUS: 404                                                                                                     | The store at http://127.0.0.1:1/ds/sparql answered 404: Not Found
            an nginx page      | <html>\\n<head><title>502 Bad Gateway</title></head>\\n<body>\\n<center><h1>502 Bad Gateway</h1></center>\\n<hr><center>nginx</center>\\n</body>\\n</html>            | The store at http://127.0.0.1:1/ds/sparql answered 502: 502 Bad Gateway nginx
            Virtuoso's words   | Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error at &lt;EOF&gt;                                                                                       | The store at http://127.0.0.1:1/ds/sparql answered 400: Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error at &lt;EOF&gt;
            entities in HTML   | <html><body><p>Error: bad IRI &lt;a b&gt; &amp; more</p></body></html>                                                                                            | The store at http://127.0.0.1:1/ds/sparql answered 400: Error: bad IRI <a b> & more
            """)
    void anErrorPageIsOneLineOfItsText(String what, String page, String expected) {
        int status = Integer.parseInt(expected.replaceAll(".* answered (\\d+).*", "$1"));
        HttpException e = new HttpException(status, "status line", page.replace("\\n", "\n"));
        assertEquals(expected, RemoteFailure.of(ENDPOINT, e, Duration.ofSeconds(10)).getMessage());
    }
}
