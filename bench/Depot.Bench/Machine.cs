using System.Globalization;
using System.Runtime.InteropServices;

namespace Depot.Bench;

/// <summary>What the figures were measured on.</summary>
internal sealed record Machine(int Cores, double RamGb, string Os, string DotNet, string Cpu)
{
    public static Machine Describe() => new(
        Environment.ProcessorCount,
        Math.Round(MemInfoKb("MemTotal") / 1024.0 / 1024.0, 1),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        CpuModel());

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Cores} cores, {RamGb} GB RAM, {Cpu}, {Os}, {DotNet}");

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : RuntimeInformation.ProcessArchitecture.ToString();

    private static long MemInfoKb(string key)
    {
        if (!File.Exists("/proc/meminfo")) return 0;
        var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    /// <summary>The 1, 5 and 15-minute load averages (Linux), to show how busy the machine was.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>Resident set size of a process in MB (Linux /proc), or the working set elsewhere.</summary>
    public static double RssMb(int processId)
    {
        var status = $"/proc/{processId}/status";
        if (!File.Exists(status)) return System.Diagnostics.Process.GetProcessById(processId).WorkingSet64 / 1024.0 / 1024.0;
        var line = File.ReadLines(status).First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }
}
