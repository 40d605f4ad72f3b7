package nl.buurtstem.provisioning;

import java.util.Arrays;
import nl.buurtstem.provisioning.enroll.EnrollCommand;

/** The provisioning tool: {@code buurtstem enroll ...}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || !args[0].equals("enroll")) {
            System.err.println("usage: buurtstem enroll --central URL --name NAME --wijk CODE --out DIR [options]");
            System.err.println("       buurtstem enroll --help");
            System.exit(2);
        }
        System.exit(EnrollCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
    }
}
