using Perf;

// perf stub --port P --latency-ms 20
// perf forward --port P --upstream URL   (the bare forwarder: the floor two extra hops cost)
// perf load --target name=url[|header:value...] ... --concurrency "1 50 200" --requests 2000 --warmup 200
// (cache hits: perf load --unique false: the same request every time)
// perf drain --app URL --key K --tenant T --storage CONN --queue NAME --messages 300   (local batch queue throughput)
// perf fault-load --app URL --key-open K --key-capped K --duration-s 60 --concurrency 8 --out calls.tsv   (scripts/fault-run.sh)
// perf ledger-rows --storage CONN --table NAME   (every ledger row as TSV)
return args.FirstOrDefault() switch
{
    "stub" => await StubBackend.RunAsync(Args.Parse(args[1..])),
    "forward" => await BareForwarder.RunAsync(Args.Parse(args[1..])),
    "load" => await LoadCommand.RunAsync(Args.Parse(args[1..])),
    "drain" => await QueueDrainCommand.RunAsync(Args.Parse(args[1..])),
    "fault-load" => await FaultLoadCommand.RunAsync(Args.Parse(args[1..])),
    "ledger-rows" => await LedgerRowsCommand.RunAsync(Args.Parse(args[1..])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: perf stub|forward|load|drain [options] (see scripts/bench-perf.sh, scripts/bench-queue.sh)");
    return 2;
}
