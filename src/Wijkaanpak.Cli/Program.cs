using Wijkaanpak.Cli;

return WijkaanpakCli.Run(args, Console.Out, Console.Error, CliEnvironment.FromProcess());
