using Depot.Cli;

return await DepotCli.RunAsync(args, CliConsole.FromProcess(), CancellationToken.None);
