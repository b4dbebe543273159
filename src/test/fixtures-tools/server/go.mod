module benchboard.dev/fixtureserver

go 1.19
