using Payout.Cli;

using var guard = RunGuard.Install(Console.Error);
return PayoutCli.Run(args, Console.Out, Console.Error);
