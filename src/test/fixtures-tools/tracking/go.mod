module benchboard.dev/trackingserver

go 1.19
