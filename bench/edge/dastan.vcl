# Varnish 7 in front of the Dastan nodes: keeps the public pages for as long as their Cache-Control allows
# (s-maxage, five minutes by default) and drops them the moment a node saves a change that touches them. Each page
# names what it shows in its xkey header ("all article-42 card-42 latest ..."); after a save, each node, once it has
# dropped its own copies, sends `PURGE /` with `xkey-purge: article-42 card-42 ...` to the caches listed in its
# property dastan.edge.purge-urls, and vmod xkey drops every page kept with one of those keys.
#
# The nodes are listed in dastan-nodes.vcl (found through vcl_path), as backends with `.probe = node_health` that a
# vcl_init of its own adds to the director (Varnish runs every vcl_init in turn), e.g.:
#   backend node_a { .host = "10.0.0.11"; .port = "8080"; .probe = node_health; }
#   backend node_b { .host = "10.0.0.12"; .port = "8080"; .probe = node_health; }
#   sub vcl_init { nodes.add_backend(node_a); nodes.add_backend(node_b); }
# bench/edge/purge-check.sh and bench/edge/run.sh write one for the nodes they start.
vcl 4.1;

import cookie;
import directors;
import std;
import xkey;

# A node out of its health check gets no readers until it answers again.
probe node_health {
    .url = "/actuator/health";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
}

# Who may purge: the nodes. Keep it to the addresses they send from.
acl purgers {
    "127.0.0.1";
    "::1";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
    "fc00::"/7;
}

# Readers' requests go to each healthy node in turn.
sub vcl_init {
    new nodes = directors.round_robin();
}

include "dastan-nodes.vcl";

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "No xkey-purge header"));
        }
        # A hard purge: a soft one would keep serving the old page for its grace.
        set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.n-gone));
    }
    set req.backend_hint = nodes.backend();

    # What is not a reader's page goes straight through: forms, the admin and its login, the actuator, anyone
    # logged in (Spring Session's SESSION cookie), and the language switch (?lang=ru), which sets a cookie.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|login|actuator)(/|\?|$)" || req.url ~ "[?&]lang=") {
        return (pass);
    }
    cookie.parse(req.http.Cookie);
    if (cookie.isset("SESSION")) {
        return (pass);
    }

    # Tracking parameters change nothing on a page: one kept copy serves every shared link.
    set req.url = regsuball(req.url, "(?i)(?<=[?&])(utm_[a-z0-9_]*|fbclid|gclid|yclid)(=[^&]*)?(&|$)", "");
    set req.url = regsub(req.url, "[?&]$", "");

    # The page's language, as the nodes choose it: the reader's choice in the dastan-lang cookie, else the first
    # of English and Russian that the browser lists (browsers list languages by preference), else English. The
    # nodes get that one language and no cookies, so every reader of a language shares one copy.
    if (cookie.get("dastan-lang") ~ "^(en|ru)$") {
        set req.http.Accept-Language = cookie.get("dastan-lang");
    } else {
        # The first "en..." or "ru..." entry not refused with q=0; the header as it was when there is none.
        set req.http.Accept-Language = std.tolower(regsub(req.http.Accept-Language,
            "(?i)^.*?(?:^|,)\s*(en|ru)\b(?!-?[^,;]*;\s*q=0(\.0*)?\s*(,|$)).*$", "\1"));
        if (req.http.Accept-Language !~ "^(en|ru)$") {
            set req.http.Accept-Language = "en";
        }
    }
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    if (req.http.host) {
        hash_data(req.http.host);
    } else {
        hash_data(server.ip);
    }
    hash_data(req.http.Accept-Language);
    return (lookup);
}

sub vcl_backend_response {
    # An error is never kept: while a page is fetched again in the background, its stale copy is better.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    # Like the nodes, keep only pages that answered 200 and set no cookie: a 404 now may be an article published
    # in a second, whose purge names the article, not the 404; a cookie belongs to one reader. Remember for a
    # while not to make readers wait on each other for it.
    if (beresp.status != 200 || beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 10s;
        return (deliver);
    }
    # Served stale for as long as the page allows (stale-while-revalidate) while a fresh copy is fetched.
    if (beresp.http.Cache-Control ~ "stale-while-revalidate=[0-9]+") {
        set beresp.grace = std.duration(regsub(beresp.http.Cache-Control,
            "^.*stale-while-revalidate=([0-9]+).*$", "\1s"), 10s);
    }
}

sub vcl_deliver {
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # The keys are for this cache; a purger may ask to see them with X-Edge-Debug: 1.
    if (!(req.http.X-Edge-Debug && client.ip ~ purgers)) {
        unset resp.http.xkey;
        unset resp.http.Surrogate-Key;
    }
    # Caches further on cannot be purged: they get the page for browsers, asked again each time.
    if (resp.http.Cache-Control ~ "s-maxage") {
        set resp.http.Cache-Control = regsuball(resp.http.Cache-Control,
            ",\s*(s-maxage|stale-while-revalidate)=[0-9]+", "");
    }
}

sub vcl_synth {
    if (req.method == "PURGE") {
        set resp.http.Content-Type = "text/plain; charset=utf-8";
        set resp.body = resp.reason + {"
"};
        return (deliver);
    }
}
