package org.amicable.dispute.app;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An OpenID Connect provider on loopback, for tests: discovery, the authorization endpoint (which signs in at
 * once whoever the test says is at the keyboard), the token endpoint (authorization code, client secret
 * checked) and the keys. Its ID tokens are RS256 JWTs carrying the nonce it was asked to carry.
 */
final class LoopbackOpenIdProvider implements AutoCloseable {

    static final String CLIENT_ID = "amicable";
    static final String CLIENT_SECRET = "loopback-client-secret";

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;
    private final AtomicReference<Map<String, Object>> atTheKeyboard = new AtomicReference<>(Map.of());
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();

    private record Grant(Map<String, Object> claims, String nonce, String redirectUri) {
    }

    private LoopbackOpenIdProvider(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
        this.issuer = "http://localhost:" + server.getAddress().getPort();
    }

    static LoopbackOpenIdProvider start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("loopback").generate();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LoopbackOpenIdProvider provider = new LoopbackOpenIdProvider(server, key);
            server.createContext("/.well-known/openid-configuration", provider::discovery);
            server.createContext("/authorize", provider::authorize);
            server.createContext("/token", provider::token);
            server.createContext("/keys", provider::keys);
            server.start();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String issuer() {
        return issuer;
    }

    /** The person the next authorization signs in: the claims of their ID token (sub, preferred_username…). */
    void signsIn(Map<String, Object> claims) {
        atTheKeyboard.set(Map.copyOf(claims));
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String json = "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/authorize\","
                + "\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"" + issuer + "/keys\","
                + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                + "\"scopes_supported\":[\"openid\",\"email\",\"profile\"],"
                + "\"grant_types_supported\":[\"authorization_code\"],"
                + "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\",\"client_secret_post\"]}";
        answer(exchange, 200, "application/json", json);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))
                || query.get("redirect_uri") == null) {
            answer(exchange, 400, "text/plain", "bad authorization request " + query);
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(atTheKeyboard.get(), query.get("nonce"), query.get("redirect_uri")));
        String back = query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", back);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        boolean client = basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || (CLIENT_ID.equals(form.get("client_id")) && CLIENT_SECRET.equals(form.get("client_secret")));
        Grant grant = codes.remove(form.getOrDefault("code", ""));
        if (!client || grant == null || !"authorization_code".equals(form.get("grant_type"))
                || !grant.redirectUri().equals(form.get("redirect_uri"))) {
            answer(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        Map<String, Object> claims = new LinkedHashMap<>(grant.claims());
        if (grant.nonce() != null) {
            claims.put("nonce", grant.nonce());
        }
        answer(exchange, 200, "application/json", "{\"access_token\":\"" + UUID.randomUUID()
                + "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"openid\",\"id_token\":\""
                + idToken(claims) + "\"}");
    }

    /** An ID token of this provider for this client, signed with its key, carrying these claims. */
    String idToken(Map<String, Object> claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(issuer).audience(CLIENT_ID)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)));
        claims.forEach(set::claim);
        try {
            SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    set.build());
            idToken.sign(new RSASSASigner(key));
            return idToken.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void keys(HttpExchange exchange) throws IOException {
        answer(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString());
    }

    private static Map<String, String> parse(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
