module benchboard.dev/regressionserver

go 1.19
