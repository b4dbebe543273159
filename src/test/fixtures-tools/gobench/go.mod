module benchboard.dev/gobench

go 1.19
