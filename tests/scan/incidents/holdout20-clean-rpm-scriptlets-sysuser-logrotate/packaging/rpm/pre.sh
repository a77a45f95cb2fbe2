getent group bmc-exporter >/dev/null || groupadd -r bmc-exporter
getent passwd bmc-exporter >/dev/null || \
    useradd -r -g bmc-exporter -d /var/lib/bmc-exporter -s /sbin/nologin \
    -c "BMC sensor exporter" bmc-exporter
exit 0
