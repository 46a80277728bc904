#!/usr/bin/env bash
# Prints the machine description every result file starts with: CPU, cores, memory, OS, .NET, disk, load average.
set -euo pipefail
echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores"
echo "- RAM: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1024/1024}' /proc/meminfo)"
echo "- OS: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
echo "- .NET: SDK $(dotnet --version), runtime $(dotnet --list-runtimes | awk '/NETCore.App/ {v=$2} END {print v}')"
echo "- Disk: $(df -h /tmp | awk 'NR==2 {print $1", "$2" total, "$4" free"}')"
echo "- Load average when started (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
