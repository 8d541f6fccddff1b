return Payout.Cli.PayoutCli.Run(args, Console.Out, Console.Error);
