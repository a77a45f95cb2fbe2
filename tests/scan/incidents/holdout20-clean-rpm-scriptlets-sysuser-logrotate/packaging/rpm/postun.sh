/usr/bin/systemctl daemon-reload >/dev/null 2>&1 || :
if [ "$1" -ge 1 ]; then
    /usr/bin/systemctl try-restart bmc-exporter.service >/dev/null 2>&1 || :
fi
