if [ "$1" -eq 0 ]; then
    /usr/bin/systemctl disable --now smartmon-exporter.service >/dev/null 2>&1 || :
fi
