# %post scriptlet; $1 is 1 on first install, 2 on upgrade
mkdir -p /var/log/smartmon-exporter /var/lib/smartmon-exporter
if [ "$1" -eq 1 ]; then
    /usr/bin/smartmon-exporter import-smartd --from /etc/smartmontools/smartd.conf --quiet >/dev/null 2>&1 || :
fi
/usr/bin/systemctl daemon-reload >/dev/null 2>&1 || :
