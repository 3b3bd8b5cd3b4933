# e2e tests are added below
