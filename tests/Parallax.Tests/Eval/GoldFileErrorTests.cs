using Parallax.Eval.Extraction;
using Parallax.Eval.Stories;

namespace Parallax.Tests.Eval;

/// <summary>Gold and prediction files that are broken are refused with the file and the place named, never a parser's stack trace.</summary>
public sealed class GoldFileErrorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-gold-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Another_extractor_s_predictions_must_be_a_json_object()
    {
        var broken = Path.Combine(_dir, "broken.json");
        File.WriteAllText(broken, "{bad json");
        Assert.Equal($"{broken}: not valid JSON (line 1, byte 2): 'b' is an invalid start of a property name.",
            Assert.Throws<FormatException>(() => ExtractionEvaluation.ReadPredictions(broken)).Message);
        var array = Path.Combine(_dir, "array.json");
        File.WriteAllText(array, "[{\"articleBody\": \"text\"}]");
        Assert.Equal($"{array}: expected an object {{id: {{\"articleBody\": text}}}}",
            Assert.Throws<FormatException>(() => ExtractionEvaluation.ReadPredictions(array)).Message);
        var good = Path.Combine(_dir, "good.json");
        File.WriteAllText(good, "{\"a\": {\"articleBody\": \"text\"}, \"b\": \"plain\"}");
        Assert.Equal(new Dictionary<string, string> { ["a"] = "text", ["b"] = "plain" }, ExtractionEvaluation.ReadPredictions(good));
    }

    [Fact]
    public void A_broken_ecb_plus_document_is_named()
    {
        var topic = Directory.CreateDirectory(Path.Combine(_dir, "ECB+", "2")).FullName;
        File.WriteAllText(Path.Combine(topic, "2_1ecb.xml"), "<Document><token t_id=\"1\" sentence=\"0\">Quake</token><token");
        var ex = Assert.Throws<FormatException>(() => EcbPlus.Read(_dir, _ => true).ToList());
        Assert.StartsWith($"{Path.Combine(topic, "2_1ecb.xml")} is not well-formed ECB+ XML: ", ex.Message, StringComparison.Ordinal);
    }
}
