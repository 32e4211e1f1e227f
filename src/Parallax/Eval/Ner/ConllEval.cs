using Parallax.Text.Tagging;

namespace Parallax.Eval.Ner;

/// <summary>
/// The chunk rules of conlleval.pl (CoNLL-2000/2003 scorer), ported line by line so that scores match it
/// exactly. Tags are split into prefix (B, I, E, O, [, ]) and type; BILOU's L and U (and IOBES's S) are read
/// as I and B, which gives the same chunks for any well-formed BILOU sequence.
/// </summary>
internal static class ConllEvalRules
{
    public static bool EndOfChunk(string prevTag, string tag, string prevType, string type)
    {
        prevTag = Normalise(prevTag);
        tag = Normalise(tag);
        bool end = false;
        if (prevTag == "B" && tag == "B") end = true;
        if (prevTag == "B" && tag == "O") end = true;
        if (prevTag == "I" && tag == "B") end = true;
        if (prevTag == "I" && tag == "O") end = true;
        if (prevTag == "E" && tag == "E") end = true;
        if (prevTag == "E" && tag == "I") end = true;
        if (prevTag == "E" && tag == "O") end = true;
        if (prevTag != "O" && prevTag != "." && prevType != type) end = true;
        if (prevTag == "]") end = true;
        if (prevTag == "[") end = true;
        return end;
    }

    public static bool StartOfChunk(string prevTag, string tag, string prevType, string type)
    {
        prevTag = Normalise(prevTag);
        tag = Normalise(tag);
        bool start = false;
        if (prevTag == "B" && tag == "B") start = true;
        if (prevTag == "I" && tag == "B") start = true;
        if (prevTag == "O" && tag == "B") start = true;
        if (prevTag == "O" && tag == "I") start = true;
        if (prevTag == "E" && tag == "E") start = true;
        if (prevTag == "E" && tag == "I") start = true;
        if (prevTag == "O" && tag == "E") start = true;
        if (tag != "O" && tag != "." && prevType != type) start = true;
        if (tag == "[") start = true;
        if (tag == "]") start = true;
        return start;
    }

    private static string Normalise(string prefix) => prefix switch
    {
        "L" => "I",
        "U" or "S" => "B",
        _ => prefix,
    };
}

/// <summary>Counts for one entity type (or all types).</summary>
public sealed record ChunkScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Entity-level scores as conlleval prints them: overall and per type, 0–100.</summary>
public sealed record NerScores(ChunkScore Overall, IReadOnlyDictionary<string, ChunkScore> PerType, int Tokens, int CorrectTags)
{
    public double Precision => Overall.Precision;
    public double Recall => Overall.Recall;
    public double F1 => Overall.F1;
    public double TagAccuracy => Tokens == 0 ? 0 : 100.0 * CorrectTags / Tokens;
}

/// <summary>
/// Scores predicted entity tags against gold ones, sentence by sentence, exactly as conlleval.pl does:
/// a predicted entity counts only when its start, end and type all match a gold entity.
/// </summary>
public sealed class ConllEvaluator
{
    private readonly Dictionary<string, int> _gold = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _guessed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _correct = new(StringComparer.Ordinal);
    private int _goldTotal, _guessedTotal, _correctTotal, _tokens, _correctTags;

    /// <summary>Adds one sentence; a sentence boundary (conlleval's empty line) is implied before and after it.</summary>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"gold has {gold.Count} tags but the prediction has {predicted.Count}", nameof(predicted));
        }
        string lastCorrect = "O", lastGuessed = "O", lastCorrectType = "", lastGuessedType = "";
        bool inCorrect = false;
        for (int i = 0; i <= gold.Count; i++)
        {
            bool boundary = i == gold.Count;
            var (correct, correctType) = boundary ? ("O", "") : TagScheme.Split(gold[i]);
            var (guessed, guessedType) = boundary ? ("O", "") : TagScheme.Split(predicted[i]);
            bool endCorrect = ConllEvalRules.EndOfChunk(lastCorrect, correct, lastCorrectType, correctType);
            bool endGuessed = ConllEvalRules.EndOfChunk(lastGuessed, guessed, lastGuessedType, guessedType);
            if (inCorrect)
            {
                if (endCorrect && endGuessed && lastGuessedType == lastCorrectType)
                {
                    inCorrect = false;
                    _correctTotal++;
                    Inc(_correct, lastCorrectType);
                }
                else if (endCorrect != endGuessed || guessedType != correctType)
                {
                    inCorrect = false;
                }
            }
            bool startCorrect = ConllEvalRules.StartOfChunk(lastCorrect, correct, lastCorrectType, correctType);
            bool startGuessed = ConllEvalRules.StartOfChunk(lastGuessed, guessed, lastGuessedType, guessedType);
            if (startCorrect && startGuessed && guessedType == correctType)
            {
                inCorrect = true;
            }
            if (startCorrect)
            {
                _goldTotal++;
                Inc(_gold, correctType);
            }
            if (startGuessed)
            {
                _guessedTotal++;
                Inc(_guessed, guessedType);
            }
            if (!boundary)
            {
                if (correct == guessed && guessedType == correctType)
                {
                    _correctTags++;
                }
                _tokens++;
            }
            lastCorrect = correct;
            lastGuessed = guessed;
            lastCorrectType = correctType;
            lastGuessedType = guessedType;
        }
        // The boundary closes every chunk, so no chunk can still be open here.
        if (inCorrect)
        {
            _correctTotal++;
            Inc(_correct, lastCorrectType);
        }
    }

    private static void Inc(Dictionary<string, int> d, string key) => d[key] = d.GetValueOrDefault(key) + 1;

    public NerScores Result()
    {
        var types = _gold.Keys.Concat(_guessed.Keys).Distinct().OrderBy(t => t, StringComparer.Ordinal);
        var perType = types.ToDictionary(t => t,
            t => new ChunkScore(_gold.GetValueOrDefault(t), _guessed.GetValueOrDefault(t), _correct.GetValueOrDefault(t)),
            StringComparer.Ordinal);
        return new NerScores(new ChunkScore(_goldTotal, _guessedTotal, _correctTotal), perType, _tokens, _correctTags);
    }
}
