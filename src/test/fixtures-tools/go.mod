module benchboard.dev/fixturestools

go 1.19
