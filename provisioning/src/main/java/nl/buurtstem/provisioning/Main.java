package nl.buurtstem.provisioning;

import java.util.Arrays;
import nl.buurtstem.provisioning.enroll.EnrollCommand;
import nl.buurtstem.provisioning.release.ReleaseCommand;

/** The provisioning tool: {@code buurtstem enroll ...} and {@code buurtstem release ...}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        String command = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "enroll" -> System.exit(EnrollCommand.run(rest, System.out, System.err));
            case "release" -> System.exit(ReleaseCommand.run(rest, System.out, System.err));
            default -> {
                System.err.println("usage: buurtstem enroll --central URL --name NAME --wijk CODE --out DIR [options]");
                System.err.println("       buurtstem enroll --help");
                System.err.println("       buurtstem release keygen|publish ... (--help)");
                System.exit(2);
            }
        }
    }
}
