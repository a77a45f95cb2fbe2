#Requires -RunAsAdministrator
$ErrorActionPreference = 'Stop'
Copy-Item "$PSScriptRoot\target\release\ptpprov.dll" "$env:windir\System32\ptpprov.dll" -Force
$key = 'HKLM:\SYSTEM\CurrentControlSet\Services\W32Time\TimeProviders\PtpClient'
New-Item -Path $key -Force | Out-Null
Set-ItemProperty -Path $key -Name DllName -Value "$env:windir\System32\ptpprov.dll"
Set-ItemProperty -Path $key -Name Enabled -Value 1 -Type DWord
Set-ItemProperty -Path $key -Name InputProvider -Value 1 -Type DWord
Set-ItemProperty -Path $key -Name NtpServer -Value 'time.ptp-servers.example'
Restart-Service w32time
