using LLama.Native;

namespace GpuWorker.Inference;

/// <summary>The model's control and user-defined tokens by text, longest first (as llama.cpp matches them).</summary>
internal sealed class SpecialTokenTable(IEnumerable<(string Text, LLamaToken Token)> tokens)
{
    private readonly (string Text, LLamaToken Token)[] _tokens = tokens.OrderByDescending(t => t.Text.Length).ToArray();

    public int Count => _tokens.Length;

    /// <summary>The first special token at or after <paramref name="start"/>: where, how long, which; null if none.</summary>
    public (int Index, int Length, LLamaToken Token)? FindNext(string text, int start)
    {
        (int Index, int Length, LLamaToken Token)? best = null;
        foreach (var (special, token) in _tokens)
        {
            var end = best?.Index ?? text.Length;
            if (end - start < special.Length)
            {
                continue;
            }

            var at = text.IndexOf(special, start, end - start, StringComparison.Ordinal);
            // Longest first, so at an equal index the longer token is already the best.
            if (at >= 0 && (best is null || at < best.Value.Index))
            {
                best = (at, special.Length, token);
            }
        }

        return best;
    }
}
