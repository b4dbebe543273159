import java.io.BufferedReader;
import java.io.FileReader;
import org.HdrHistogram.Histogram;

/**
 * Fixture generator (run by make-cli-fixtures.sh): records the response-time column of a hey CSV
 * (seconds) into an HdrHistogram in microseconds (1 µs .. 1 h, 3 digits) and prints HdrHistogram's
 * own outputPercentileDistribution with 5 ticks per half and the given output scaling ratio
 * (1000.0: values printed in milliseconds; 1.0: in microseconds), classic or CSV format.
 *
 * Usage: java -cp HdrHistogram-2.2.2.jar MakeHdrPercentiles.java hey.csv 1000.0 false
 */
public class MakeHdrPercentiles {
    public static void main(String[] args) throws Exception {
        Histogram h = new Histogram(1, 3_600_000_000L, 3);
        try (BufferedReader in = new BufferedReader(new FileReader(args[0]))) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) continue;
                double seconds = Double.parseDouble(line.substring(0, line.indexOf(',')));
                h.recordValue(Math.max(1, Math.round(seconds * 1_000_000)));
            }
        }
        h.outputPercentileDistribution(System.out, 5, Double.parseDouble(args[1]), Boolean.parseBoolean(args[2]));
    }
}
