package nl.buurtstem.opendata.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The reverse proxies (TLS terminators) in front of the central node, by address. Only a request that comes from one
 * of them is believed about the original scheme, host and client (X-Forwarded-Proto, -Host, -For): anyone else could
 * claim to be on HTTPS or to come from another address. With none configured, no forwarded header counts.
 */
public final class TrustedProxies {

    private final Set<String> addresses;

    private TrustedProxies(Set<String> addresses) {
        this.addresses = Set.copyOf(addresses);
    }

    public static TrustedProxies none() {
        return new TrustedProxies(Set.of());
    }

    /** @param addresses the proxies' IP addresses as the node sees them, e.g. "127.0.0.1" or "10.0.0.5" */
    public static TrustedProxies of(List<String> addresses) {
        return new TrustedProxies(Set.copyOf(addresses));
    }

    /** {@code request} as the client sent it to the proxy, when a trusted proxy passed it on; else as it is. */
    HttpServletRequest resolve(HttpServletRequest request) {
        if (addresses.isEmpty() || !addresses.contains(request.getRemoteAddr())) {
            return request;
        }
        return new Forwarded(request, client(request));
    }

    /** The rightmost address that is not one of our proxies: what a client writes to the left of it is not believed. */
    private String client(HttpServletRequest request) {
        List<String> chain = values(request, "X-Forwarded-For");
        for (String address : chain.reversed()) {
            if (!addresses.contains(address)) {
                return address;
            }
        }
        return request.getRemoteAddr();
    }

    private static List<String> values(HttpServletRequest request, String header) {
        List<String> result = new ArrayList<>();
        Enumeration<String> headers = request.getHeaders(header);
        while (headers != null && headers.hasMoreElements()) {
            for (String v : headers.nextElement().split(",")) {
                if (!v.isBlank()) {
                    result.add(v.strip());
                }
            }
        }
        return result;
    }

    /** What the proxy said last about the request is what it saw itself; earlier values came from the client. */
    private static String last(HttpServletRequest request, String header) {
        List<String> all = values(request, header);
        return all.isEmpty() ? null : all.getLast();
    }

    private static final class Forwarded extends HttpServletRequestWrapper {

        private final String scheme;
        private final String host;
        private final String client;

        Forwarded(HttpServletRequest request, String client) {
            super(request);
            String proto = last(request, "X-Forwarded-Proto");
            this.scheme = "https".equalsIgnoreCase(proto) || "http".equalsIgnoreCase(proto)
                    ? proto.toLowerCase(Locale.ROOT)
                    : request.getScheme();
            String forwardedHost = last(request, "X-Forwarded-Host");
            this.host = forwardedHost != null
                            && forwardedHost.matches("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+](:[0-9]{1,5})?")
                    ? forwardedHost
                    : request.getHeader("Host");
            this.client = client;
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public boolean isSecure() {
            return "https".equals(scheme);
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public String getServerName() {
            if (host == null) {
                return super.getServerName();
            }
            int colon = host.lastIndexOf(':');
            return colon > host.lastIndexOf(']') ? host.substring(0, colon) : host;
        }

        @Override
        public int getServerPort() {
            if (host == null) {
                return super.getServerPort();
            }
            int colon = host.lastIndexOf(':');
            if (colon > host.lastIndexOf(']')) {
                return Integer.parseInt(host.substring(colon + 1));
            }
            return isSecure() ? 443 : 80;
        }

        @Override
        public String getHeader(String name) {
            return "Host".equalsIgnoreCase(name) && host != null ? host : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Host".equalsIgnoreCase(name) && host != null
                    ? Collections.enumeration(List.of(host))
                    : super.getHeaders(name);
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(scheme).append("://").append(getServerName());
            int port = getServerPort();
            if (!(port == 443 && isSecure()) && !(port == 80 && !isSecure())) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }
    }
}
