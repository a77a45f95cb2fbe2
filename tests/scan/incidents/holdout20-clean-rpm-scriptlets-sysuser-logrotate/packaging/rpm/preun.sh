if [ "$1" -eq 0 ]; then
    /usr/bin/systemctl --no-reload disable --now bmc-exporter.service >/dev/null 2>&1 || :
fi
