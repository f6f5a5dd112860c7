#!/usr/bin/env bash
# bootstrap-tls.sh: a self-signed CA and serving certificate for trying Palisade out,
# without cert-manager. Creates the Secret palisade-webhook-tls and writes the CA into the
# MutatingWebhookConfiguration's caBundle. Run after `kubectl apply --server-side -k
# manifests/base`. Certificates are valid for 365 days; for production use cert-manager
# (manifests/overlays/cert-manager), which renews them.
#   OUT=DIR keeps the generated files in DIR (default: a temporary directory, removed).
#   DRY_RUN=1 only generates and checks the files (no kubectl).
set -euo pipefail
ns="${PALISADE_NAMESPACE:-palisade-system}"
svc=palisade-webhook
webhook=palisade-sidecar-injector
days="${DAYS:-365}"
if [ -n "${OUT:-}" ]; then dir="$OUT"; mkdir -p "$dir"; else dir="$(mktemp -d)"; trap 'rm -rf "$dir"' EXIT; fi
cd "$dir"

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days "$days" \
  -subj "/CN=palisade-webhook-ca" -keyout ca.key -out ca.crt \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
  -subj "/CN=$svc.$ns.svc" -keyout tls.key -out tls.csr 2>/dev/null
cat > ext.cnf <<EXT
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:$svc.$ns.svc,DNS:$svc.$ns.svc.cluster.local
EXT
openssl x509 -req -in tls.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days "$days" \
  -extfile ext.cnf -out tls.crt 2>/dev/null
openssl verify -CAfile ca.crt tls.crt >/dev/null
echo "certificate for $svc.$ns.svc (valid $days days) in $dir"
if [ -n "${DRY_RUN:-}" ]; then exit 0; fi

kubectl -n "$ns" create secret tls palisade-webhook-tls --cert=tls.crt --key=tls.key \
  --dry-run=client -o yaml | kubectl apply -f -
ca="$(base64 < ca.crt | tr -d '\n')"
kubectl patch mutatingwebhookconfiguration "$webhook" --type=json \
  -p "[{\"op\":\"add\",\"path\":\"/webhooks/0/clientConfig/caBundle\",\"value\":\"$ca\"}]"
kubectl -n "$ns" rollout restart deployment/palisade-webhook
kubectl -n "$ns" rollout status deployment/palisade-webhook --timeout=120s
