#!/usr/bin/env bash
# Installs the Debian packages the tests use when they are missing:
#   chromium (browser test of the pane), LibreOffice Calc/Writer + Chinese font
#   (renders our files as another program sees them), python3-openpyxl
#   (opens our .xlsx files independently), python3-xlsxwriter and python3-xlrd
#   (write and read the .xlsx / .xls files of test/files' corpus), poppler-utils (PDF → PNG).
# As root it installs them with apt-get; otherwise it names what is missing and fails.
set -euo pipefail

declare -A need=(
  [/usr/bin/chromium]=chromium
  [/usr/bin/soffice]="libreoffice-calc-nogui libreoffice-writer-nogui"
  [/usr/share/fonts/truetype/wqy/wqy-microhei.ttc]=fonts-wqy-microhei
  [/usr/bin/pdftoppm]=poppler-utils
)
missing=()
for path in "${!need[@]}"; do
  [ -e "$path" ] || missing+=(${need[$path]})
done
if ! /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then missing+=(python3-openpyxl); fi
if ! /usr/bin/python3 -c 'import xlsxwriter' 2>/dev/null; then missing+=(python3-xlsxwriter); fi
if ! /usr/bin/python3 -c 'import xlrd' 2>/dev/null; then missing+=(python3-xlrd); fi

if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "Missing Debian packages for the tests: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
  echo "测试所需的 Debian 软件包缺失：${missing[*]}，请以 root 运行 apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing Debian packages for the tests: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
