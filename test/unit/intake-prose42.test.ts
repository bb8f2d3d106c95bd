import { describe } from "vitest";
import { BEEKEEPERS, frame, leaves, reads } from "./prose-statement";

// Round 42 (blind sets 36 and 37 used for development; invented text only): forms that recur across sets — a body that
// could help someone, with an aside, a measure or a bare verb between; "it is time" with its subject and no "that", in a
// clause of its own; what would be money well spent; people who deserve a thing a body can give, named bare.
const statement = frame(BEEKEEPERS.en);
const declaration = frame(BEEKEEPERS.fr);
const declaracion = frame(BEEKEEPERS.es);


describe("round 42: a body that could help someone, with an aside, a measure or a bare verb", () => {
  reads([
    ["The valleys across the river could, through their customs posts, help us check the brands on every hive that is carried over.", statement],
    ["The ports downstream could help us a good deal by keeping a log of the hives loaded onto barges each spring.", statement],
    ["Our neighbours could help them a lot by sending, and promptly, the names of the buyers who resell stolen frames.", statement],
    ["The provinces where the honey is packed could help us trace each jar back to the hive it came from.", statement],
    ["The agricultural attachés, with a little training, could help our members recover hives that turn up in foreign markets.", statement],
    ["The regional police academies could, with the Office's support, help the rural officers read hive brands in the field.", statement],
    ["Finally, the market inspectors could help us greatly by asking every seller of used hives for the original papers.", statement],
  ]);
  leaves([
    ["We could help them by sharing our own registers, and we already do so every spring.", statement],
    ["This could help to explain why so few thefts are reported in the lower valleys.", statement],
    ["They could help us, if they wanted to, as they did once before.", statement],
  ]);
});

describe("round 42: \"it is time\" with its subject and no \"that\", in a clause of its own", () => {
  reads([
    ["The men who buy stolen hives are known in every village; it is time the police of both provinces worked together to trace what they pay.", statement],
    ["Thefts have doubled in five years; it is high time the customs services shared their seizure records every month.", statement],
    ["The old register is lost, and it is time the ministries kept one book of hive brands for the whole valley.", statement],
    ["The resellers use the same three roads; it is time donor agencies paid for checkpoints that can read a brand.", statement],
    ["Our members report every theft: it is time the prosecutors treated the trade as organised crime.", statement],
  ]);
  leaves([
    ["It is time we thanked the wardens who patrolled the hives all winter.", statement],
    ["The spring was late; it is time to close this statement.", statement],
    ["The thefts began in March, when it was time the bees went out again.", statement],
  ]);
});

describe("round 42: what would be money well spent", () => {
  reads([
    ["Finally, this would be money well spent to open a register of hive brands that the police of both provinces can read.", statement],
    ["It would be money well spent for the donors to train the rural police in reading hive brands.", statement],
    ["In our view, it would be a good use of public money to fund one inspector of hives in each district.", statement],
    ["Enfin, ce serait de l'argent bien dépensé que de créer un registre commun des marques de ruches.", declaration],
    ["Por último, sería dinero bien invertido crear un registro común de las marcas de colmenas.", declaracion],
  ]);
  leaves([
    ["Last year the grant was money well spent, and our members thank the donors for it.", statement],
    ["The new frames we bought were money well spent, since none of them has been stolen.", statement],
  ]);
});

describe("round 42: people who deserve a thing a body can give, named bare", () => {
  reads([
    ["The beekeepers who report a theft to the police deserve protection when the thieves come back to threaten them.", statement],
    ["Por último, los apicultores que denuncian los robos merecen protección cuando reciben amenazas.", declaracion],
    ["Les femmes qui tiennent seules un rucher méritent protection lorsqu'elles sont menacées.", declaration],
    ["Families who lose every hive in one night deserve compensation from the regional fund.", statement],
    ["Los testigos que declaran contra los compradores merecen apoyo y una escolta mientras dure el juicio.", declaracion],
  ]);
  leaves([
    ["We deserve protection too, but we have learned to manage alone.", statement],
    ["It deserves support, as everyone in this room knows.", statement],
  ]);
});
