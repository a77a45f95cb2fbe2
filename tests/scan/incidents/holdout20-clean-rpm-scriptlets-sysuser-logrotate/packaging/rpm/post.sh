mkdir -p /var/log/bmc-exporter /var/lib/bmc-exporter
chown bmc-exporter:bmc-exporter /var/log/bmc-exporter /var/lib/bmc-exporter
/usr/bin/systemctl daemon-reload >/dev/null 2>&1 || :
if [ "$1" -eq 1 ]; then
    /usr/bin/systemctl preset bmc-exporter.service >/dev/null 2>&1 || :
fi
