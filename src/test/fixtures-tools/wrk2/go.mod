module benchboard.dev/ratedload

go 1.19
