<#
.SYNOPSIS
    Starts RayCstr Server with Windows (a scheduled task), or removes that task again.

.DESCRIPTION
    raycstr-server is a console program, not a Windows service: it does not answer the
    Service Control Manager, which would stop it 30 seconds after `sc.exe start` (error
    1053). Windows ships no wrapper that would, so this registers the next best thing: a
    scheduled task "RayCstr Server" that starts at boot, before anyone logs on, as SYSTEM,
    with no run-time limit (a task's default is 3 days), also on battery, restarted when it
    fails to start.

        raycstr-server.exe serve --config "%ProgramData%\RayCstr\config.yaml"

    The settings file is written on the first install only (yours to edit afterwards; it
    names the data folder %ProgramData%\RayCstr\data). Only SYSTEM and Administrators may
    read that folder: the statistics and key hashes are nobody else's business.

    What a scheduled task cannot do: stopping it (Stop-ScheduledTask, shutdown) ends the
    process at once, without the orderly stop that Ctrl+C gives. SQLite keeps the database
    consistent; events still queued for the writer in that moment are lost.

    Run from an elevated PowerShell; the NSIS installer calls it with -Action Install when
    the "Start RayCstr Server with Windows" component is ticked, the uninstaller with
    -Action Uninstall. The data folder is kept on uninstall.

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File raycstr-autostart.ps1 -Action Status
#>
param(
    [Parameter(Mandatory = $true)]
    [ValidateSet('Install', 'Uninstall', 'Status')]
    [string] $Action,

    # The installation folder (the one holding bin\raycstr-server.exe).
    [string] $InstallDir = (Split-Path -Parent $PSScriptRoot)
)

$ErrorActionPreference = 'Stop'
$TaskName = 'RayCstr Server'
$DataRoot = Join-Path $env:ProgramData 'RayCstr'
$DataDir = Join-Path $DataRoot 'data'
$Config = Join-Path $DataRoot 'config.yaml'
$Server = Join-Path $InstallDir 'bin\raycstr-server.exe'

function Write-DefaultConfig {
    # YAML single quotes keep backslashes as they are; a quote inside is doubled.
    $dataYaml = $DataDir.Replace("'", "''")
    $text = @"
# RayCstr Server settings, read by the "RayCstr Server" scheduled task:
#   raycstr-server.exe serve --config "$Config"
# Written once by raycstr-autostart.ps1; yours to edit, kept on uninstall. Unknown keys are
# errors; command-line flags override this file. After a change, restart the task:
#   Stop-ScheduledTask '$TaskName'; Start-ScheduledTask '$TaskName'
# The admin commands read it too (elevated prompt):
#   raycstr-server.exe site add example.com --config "$Config"
#   raycstr-server.exe user set-password --config "$Config"

# Address and port of the collector, the tracker script and the stats API. Loopback by
# default: put a reverse proxy with TLS in front, or use ":8080" for every interface (and
# allow the port in Windows Defender Firewall).
listen: 127.0.0.1:8080

# The SQLite database and its key stores.
data_dir: '$dataYaml'

# Days of raw events to keep; the rollups behind the reports are kept forever.
retention_days: 90

# The country database and the browser/OS/device rules shipped with RayCstr are found next
# to the program (share\raycstr\country.mmdb, share\uap-core\regexes.yaml); to use others:
#geoip_database: 'C:\path\to\GeoLite2-Country.mmdb'
#user_agent_regexes: 'C:\path\to\regexes.yaml'
"@
    # UTF-8 without a byte-order mark, LF or CRLF both read fine.
    [System.IO.File]::WriteAllText($Config, $text, (New-Object System.Text.UTF8Encoding $false))
}

switch ($Action) {
    'Install' {
        if (-not (Test-Path -LiteralPath $Server)) {
            throw "raycstr-server.exe not found: $Server"
        }
        New-Item -ItemType Directory -Force -Path $DataDir | Out-Null
        # SYSTEM (S-1-5-18) and Administrators (S-1-5-32-544) only, for everything below.
        & icacls.exe $DataRoot /inheritance:r /grant:r '*S-1-5-18:(OI)(CI)F' '*S-1-5-32-544:(OI)(CI)F' | Out-Null
        if ($LASTEXITCODE -ne 0) {
            throw "icacls could not restrict $DataRoot (exit code $LASTEXITCODE)"
        }
        if (-not (Test-Path -LiteralPath $Config)) {
            Write-DefaultConfig
            Write-Output "Wrote $Config"
        }

        $taskAction = New-ScheduledTaskAction -Execute $Server `
            -Argument "serve --config `"$Config`"" -WorkingDirectory $DataRoot
        $trigger = New-ScheduledTaskTrigger -AtStartup
        $principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount `
            -RunLevel Highest
        $settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit ([TimeSpan]::Zero) `
            -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries -StartWhenAvailable `
            -RestartCount 3 -RestartInterval (New-TimeSpan -Minutes 1) -MultipleInstances IgnoreNew
        Register-ScheduledTask -TaskName $TaskName -Action $taskAction -Trigger $trigger `
            -Principal $principal -Settings $settings -Force `
            -Description 'RayCstr Server: privacy-first web analytics (raycstr-autostart.ps1)' |
            Out-Null
        Start-ScheduledTask -TaskName $TaskName

        # A server that cannot start (port taken, bad settings) ends within a moment.
        Start-Sleep -Seconds 3
        $task = Get-ScheduledTask -TaskName $TaskName
        if ($task.State -ne 'Running') {
            $info = Get-ScheduledTaskInfo -TaskName $TaskName
            throw ("'$TaskName' is registered but not running (state $($task.State), last " +
                   "result $($info.LastTaskResult)): check $Config, then run the command " +
                   "above in a console to see the error")
        }
        Write-Output "'$TaskName' runs now and starts with Windows. Set the dashboard password:"
        Write-Output "  & '$Server' user set-password --config '$Config'"
    }
    'Uninstall' {
        if (Get-ScheduledTask -TaskName $TaskName -ErrorAction SilentlyContinue) {
            Stop-ScheduledTask -TaskName $TaskName
            Unregister-ScheduledTask -TaskName $TaskName -Confirm:$false
            Write-Output "Removed '$TaskName' (the data in $DataRoot is kept)"
        }
    }
    'Status' {
        $task = Get-ScheduledTask -TaskName $TaskName -ErrorAction SilentlyContinue
        if (-not $task) {
            Write-Output "'$TaskName' is not registered"
            exit 1
        }
        $info = Get-ScheduledTaskInfo -TaskName $TaskName
        Write-Output "'$TaskName': $($task.State), last run $($info.LastRunTime), last result $($info.LastTaskResult)"
        Write-Output "  $($task.Actions[0].Execute) $($task.Actions[0].Arguments)"
    }
}
